package dev.talkmine.verdict;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.learn.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides one verdict per passage from its candidate sentences: the evidence classifier finds the
 * sentence most likely to state the author's verdict; when that probability reaches
 * {@link #THRESHOLD} (or, for a sentence of negative opinion, {@link #CRITICISM_THRESHOLD}) the
 * label classifier reads it (and the opinions of the rest of the passage) and says which verdict it
 * states. Immutable and thread-safe.
 */
final class VerdictDecider {
    /**
     * How probable the evidence sentence must be. Leave-one-report-out accuracy: 0.63 at 0.3, 0.66
     * at 0.4, 0.65 at 0.5.
     */
    static final double THRESHOLD = 0.4;
    /**
     * How probable a sentence of negative opinion must be when no sentence reaches
     * {@link #THRESHOLD}: criticism is rarer in training and written more tentatively, so the
     * evidence classifier is less sure of it. Leave-one-report-out: recall of negative and mixed
     * verdicts 0.19 at 0.4, 0.31 at 0.2 (and at 0.15 and 0.1), accuracy unchanged; with the
     * evidence classifier without word features, on gold passages: 0.29 at 0.2, 0.38 at 0.1.
     */
    static final double CRITICISM_THRESHOLD = 0.1;

    private final Classifier evidence;
    private final Classifier labels;

    VerdictDecider(Classifier evidence, Classifier labels) {
        this.evidence = evidence;
        this.labels = labels;
    }

    /** The verdict on talk {@code talk} from the candidates of its passage. */
    Verdict decide(int talk, List<VerdictCandidates.Candidate> candidates) {
        int best = -1;
        double p = 0;
        int critical = -1;
        double pCritical = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double q = evidence.probability(VerdictStage.YES, candidates.get(i).features());
            if (best < 0 || q > p) {
                best = i;
                p = q;
            }
            if (candidates.get(i).sign().equals("N") && q > pCritical) {
                critical = i;
                pCritical = q;
            }
        }
        boolean found = p >= THRESHOLD;
        if (!found && critical >= 0 && pCritical >= CRITICISM_THRESHOLD) {
            best = critical;
            p = pCritical;
            found = true;
        }
        List<String> reasons = new ArrayList<>();
        if (best < 0) {
            reasons.add("no sentence");
            return Verdict.none(talk, 1, reasons);
        }
        TextSpan span = candidates.get(best).piece().span();
        String where = String.format(Locale.ROOT, "sentence %d of %d [%d-%d] p(verdict)=%.2f", best + 1,
                candidates.size(), span.start(), span.end(), p);
        if (!found) {
            reasons.add("no sentence states a verdict; the likeliest is " + where);
            return Verdict.none(talk, 1 - p, reasons);
        }
        double[] q = labels.probabilities(VerdictCandidates.labelFeatures(candidates, best));
        int top = 0;
        for (int i = 1; i < q.length; i++) {
            top = q[i] > q[top] ? i : top;
        }
        Verdict.Label label = Verdict.Label.of(labels.outcome(top));
        reasons.add(where);
        reasons.add(String.format(Locale.ROOT, "p(%s)=%.2f", label.id(), q[top]));
        return new Verdict(talk, label, Math.min(1, Math.max(0, p * q[top])), span, reasons);
    }
}
