package dev.talkmine.verdict;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.learn.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides one verdict per passage from its candidate sentences, in two looks: the evidence
 * classifier gives each sentence the probability that it states the author's verdict; the label
 * classifier reads those probabilities (the likeliest sentence's, the likeliest praising and
 * criticising sentences') with the likeliest sentence's features and the opinions of the rest of
 * the passage, and says which verdict the passage states, none included. The evidence is the
 * likeliest sentence of the label's sign. Immutable and thread-safe.
 */
final class VerdictDecider {
    private final Classifier evidence;
    private final Classifier labels;

    VerdictDecider(Classifier evidence, Classifier labels) {
        this.evidence = evidence;
        this.labels = labels;
    }

    /** The verdict on talk {@code talk} from the candidates of its passage. */
    Verdict decide(int talk, List<VerdictCandidates.Candidate> candidates) {
        List<String> reasons = new ArrayList<>();
        if (candidates.isEmpty()) {
            reasons.add("no sentence");
            return Verdict.none(talk, 1, reasons);
        }
        double[] p = VerdictCandidates.evidence(evidence, candidates);
        double[] q = labels.probabilities(VerdictCandidates.labelFeatures(candidates, p));
        int top = 0;
        for (int i = 1; i < q.length; i++) {
            top = q[i] > q[top] ? i : top;
        }
        Verdict.Label label = Verdict.Label.of(labels.outcome(top));
        int best = VerdictCandidates.evidenceFor(label, candidates, p);
        TextSpan span = candidates.get(best).piece().span();
        reasons.add(String.format(Locale.ROOT, "%ssentence %d of %d [%d-%d] p(verdict)=%.2f",
                label == Verdict.Label.NONE ? "no sentence states a verdict; the likeliest is " : "", best + 1,
                candidates.size(), span.start(), span.end(), p[best]));
        reasons.add(String.format(Locale.ROOT, "p(%s)=%.2f", label.id(), q[top]));
        if (label == Verdict.Label.NONE) {
            return Verdict.none(talk, q[top], reasons);
        }
        return new Verdict(talk, label, q[top], span, reasons);
    }
}
