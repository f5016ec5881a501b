package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * A span that one or more finders (the CRF, a gazetteer, a rule) propose as an entity mention,
 * before the learned decision: what each finder proposes, and the classifier features of the span
 * and its context. One candidate per span; the mention decider takes each as one decision.
 *
 * @param span      where it is
 * @param text      the covered text, exactly
 * @param proposals what each finder proposes for this span: type, name (a gazetteer's canonical
 *                  name, else the surface), category, source, the finder's own score as confidence,
 *                  and why
 * @param features  classifier features ("src=crf:PERSON", "gaz.amb", "pc=(", "shape=Xx"), computed
 *                  once when the report is prepared
 */
public record Candidate(TextSpan span, String text, List<Mention> proposals, List<String> features) {

    public Candidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        proposals = List.copyOf(proposals);
        features = List.copyOf(features);
        if (proposals.isEmpty()) {
            throw new IllegalArgumentException("candidate '" + text + "' has no proposal");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("candidate text '" + text + "' does not fit " + span);
        }
    }
}
