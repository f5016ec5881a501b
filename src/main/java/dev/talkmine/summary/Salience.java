package dev.talkmine.summary;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How particular each word is to one talk passage among a report's talk passages: tf-idf, the
 * count of the word in the passage times {@code log(1 + passages / passages with the word)}.
 * Function words and the words every talk passage uses ({@code summary-stop-words}) and links
 * weigh nothing. Immutable once made.
 */
public final class Salience {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’+#.-]*\\p{L}|\\p{L}");

    private final Lexicon lexicon;
    private final List<Map<String, Double>> weights;

    private Salience(Lexicon lexicon, List<Map<String, Double>> weights) {
        this.lexicon = lexicon;
        this.weights = weights;
    }

    /** The weights of the words of each passage (in the given order) against the others. */
    public static Salience of(String text, List<TextSpan> passages, Lexicon lexicon) {
        List<Map<String, Integer>> tfs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (TextSpan p : passages) {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : words(p.coveredText(text), lexicon)) {
                tf.merge(w, 1, Integer::sum);
            }
            tfs.add(tf);
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, passages.size());
        List<Map<String, Double>> weights = new ArrayList<>();
        for (Map<String, Integer> tf : tfs) {
            Map<String, Double> w = new HashMap<>();
            tf.forEach((word, c) -> w.put(word, c * Math.log(1.0 + (double) n / df.get(word))));
            weights.add(Map.copyOf(w));
        }
        return new Salience(lexicon, List.copyOf(weights));
    }

    /** The word weights of passage {@code i}. */
    public Map<String, Double> of(int i) {
        return weights.get(i);
    }

    /**
     * How much of passage {@code i}'s particular vocabulary {@code sentence} carries: the sum of its
     * words' weights over the square root of its word count (0 for a sentence of no such word).
     */
    public double score(int i, String sentence) {
        List<String> ws = words(sentence, lexicon);
        if (ws.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String w : ws) {
            sum += weights.get(i).getOrDefault(w, 0.0);
        }
        return sum / Math.sqrt(ws.size());
    }

    /** The words of {@code s} that can be salient, lower case, in order. */
    static List<String> words(String s, Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!lexicon.contains("summary-stop-words", w) && !w.startsWith("http")) {
                out.add(w);
            }
        }
        return out;
    }
}
