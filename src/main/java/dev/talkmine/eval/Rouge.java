package dev.talkmine.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text measures of {@code score_summary.py}, ported: its words ({@code \w+} of the lower-cased
 * text, with Python's Unicode {@code \w} and {@code str.lower()}), ROUGE-N F1 and the lead-k
 * baseline with its sentence splitter. ROUGE is public because training labels with it what the
 * evaluation measures.
 */
public final class Rouge {
    /**
     * {@code SENT}: after {@code .!?} and closing quotes or brackets, white space before an optional
     * opening quote or bracket and a capital or digit; or a blank line.
     */
    private static final Pattern SENT = Pattern.compile("(?<=[.!?])[\"')\\]]*" + TextNorm.PY_SPACE_CLASS
            + "+(?=[\"'(\\[]?[A-Z0-9])|\\n" + TextNorm.PY_SPACE_CLASS + "*\\n");

    private Rouge() {
    }

    /** {@code words(s)}: the runs of word characters of {@code s.lower()}. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        String x = TextNorm.lower(s);
        int start = -1;
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            boolean word = TextNorm.isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(x.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(x.substring(start));
        }
        return out;
    }

    /** {@code rouge(pred, gold, n)}: F1 of the n-grams of the two word sequences (0 without overlap). */
    public static double rouge(String pred, String gold, int n) {
        Map<List<String>, Integer> p = ngrams(words(pred), n);
        Map<List<String>, Integer> g = ngrams(words(gold), n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        if (p.isEmpty() || g.isEmpty() || overlap == 0) {
            return 0.0;
        }
        double prec = (double) overlap / total(p);
        double rec = (double) overlap / total(g);
        return 2 * prec * rec / (prec + rec);
    }

    /** {@code lead(text, k)}: the first {@code k} sentences of the stripped text, stripped, joined by spaces. */
    static String lead(String text, int k) {
        List<String> sents = new ArrayList<>();
        for (String s : SENT.split(TextNorm.stripSpace(text), -1)) {
            String t = TextNorm.stripSpace(s);
            if (!t.isEmpty()) {
                sents.add(t);
            }
        }
        return String.join(" ", sents.subList(0, Math.min(k, sents.size())));
    }

    private static Map<List<String>, Integer> ngrams(List<String> ws, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= ws.size(); i++) {
            out.merge(List.copyOf(ws.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<List<String>, Integer> counts) {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}
