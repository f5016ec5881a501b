package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * What one finder proposes for one span, with the facts it knows about it as classifier features
 * ("crf=PERSON", "gaz.amb", "rule=called"). Candidates gather the proposals of a span.
 *
 * @param mention the proposed mention (type, name, category, source, the finder's score, why)
 * @param facts   features only this finder can tell
 */
record Proposal(Mention mention, List<String> facts) {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    Proposal {
        Objects.requireNonNull(mention, "mention");
        facts = List.copyOf(facts);
    }

    /** A rule's proposal: the surface as its name, {@code rule=<id>} as its fact, and more facts. */
    static Proposal rule(String text, TextSpan span, EntityType type, String id, String evidence, String... more) {
        String surface = span.coveredText(text);
        List<String> facts = new java.util.ArrayList<>(List.of("rule=" + id));
        facts.addAll(List.of(more));
        return new Proposal(new Mention(span, surface, type, SPACES.matcher(surface).replaceAll(" "), null, MentionSource.RULE, 1.0,
                "rule: " + evidence), facts);
    }

    TextSpan span() {
        return mention.span();
    }

    EntityType type() {
        return mention.type();
    }

    MentionSource source() {
        return mention.source();
    }
}
