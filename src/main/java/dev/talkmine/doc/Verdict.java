package dev.talkmine.doc;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report author's own verdict on one talk, as written in its passage.
 *
 * @param talk       the index of the talk it judges
 * @param label      positive, negative, mixed, neutral (explicitly lukewarm) or none (only described)
 * @param confidence the probability of the label, in [0, 1]
 * @param evidence   the text that states it, or null for {@link Label#NONE}
 * @param reasons    how it was decided ("sentence [40-62] p(verdict)=0.88"), for {@code explain}
 */
public record Verdict(int talk, Label label, double confidence, TextSpan evidence, List<String> reasons) {

    /** What the author thought of the talk. */
    public enum Label {
        POSITIVE, NEGATIVE, MIXED, NEUTRAL, NONE;

        /** Lower-case name as written in outputs. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label of an id ({@code "mixed"}). */
        public static Label of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @throws IllegalArgumentException when the confidence is outside [0, 1], or evidence is given
     *                                  for {@code none} or missing for another label
     */
    public Verdict {
        Objects.requireNonNull(label, "label");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
        if ((label == Label.NONE) != (evidence == null)) {
            throw new IllegalArgumentException("a verdict has evidence exactly when it is not 'none'");
        }
        reasons = List.copyOf(reasons);
    }

    /** No verdict on talk {@code talk}, with the probability that there is none. */
    public static Verdict none(int talk, double confidence, List<String> reasons) {
        return new Verdict(talk, Label.NONE, confidence, null, reasons);
    }
}
