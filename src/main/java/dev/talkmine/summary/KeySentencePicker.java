package dev.talkmine.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Which candidates become the summary: the most probable key sentence, and the second most
 * probable too when the classifier is confident enough of it; in text order. Ties go to the
 * earlier sentence. Stateless.
 */
final class KeySentencePicker {
    /**
     * How probable a second sentence must be to be added. Leave-one-report-out: 0.4 and 0.5 score
     * alike (ROUGE-2 within 0.01); 0.5 keeps summaries shorter.
     */
    static final double SECOND = 0.5;

    private KeySentencePicker() {
    }

    /** Indexes of the chosen candidates, in increasing order; empty when there is none. */
    static List<Integer> pick(double[] p) {
        int best = -1;
        int second = -1;
        for (int k = 0; k < p.length; k++) {
            if (best < 0 || p[k] > p[best]) {
                second = best;
                best = k;
            } else if (second < 0 || p[k] > p[second]) {
                second = k;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (best >= 0) {
            out.add(best);
        }
        if (second >= 0 && p[second] >= SECOND) {
            out.add(second);
        }
        out.sort(null);
        return out;
    }
}
