package dev.talkmine.summary;

import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which candidates become the summary: the likeliest key sentence, and the second likeliest too when
 * the length classifier expects the two together to say more of what the talk was about than the
 * first alone; in text order. The length classifier reads the pair: how likely each of the two is
 * (and the third), whether they are neighbours and in which order, their lengths and their own
 * features. Stateless.
 */
public final class KeySentencePicker {
    /** Label of a passage whose summary should have its second likeliest sentence too. */
    public static final String TWO = "two";
    /** Label of a passage whose likeliest sentence is summary enough. */
    public static final String ONE = "one";

    private KeySentencePicker() {
    }

    /** The candidates' indexes, likeliest first; ties go to the earlier sentence. */
    public static int[] byProbability(double[] p) {
        return IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble((Integer k) -> -p[k]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * What the length classifier reads of a passage with two candidates or more.
     *
     * @param candidates the passage's candidates
     * @param p          their key-sentence probabilities
     * @param order      their indexes, likeliest first ({@link #byProbability})
     */
    public static String[] pairFeatures(List<KeySentences.Candidate> candidates, double[] p, int[] order) {
        int a = order[0];
        int b = order[1];
        Features f = new Features();
        f.add("p1", Features.tenth(p[a])).add("p2", Features.tenth(p[b])).add("p12", Features.tenth(p[a]) + "_" + Features.tenth(p[b]));
        f.add("gap", Features.tenth(p[a] - p[b])).add("p3", order.length > 2 ? Features.tenth(p[order[2]]) : "none");
        f.addIf(Math.abs(a - b) == 1, "adjacent").addIf(b < a, "secondBefore");
        f.addIf(a == 0, "firstIsTop").addIf(a == 0 || b == 0, "firstInTop2");
        String la = SentenceFeatures.length(candidates.get(a).words());
        String lb = SentenceFeatures.length(candidates.get(b).words());
        f.add("n", Features.bucket(p.length)).add("len1", la).add("len2", lb).add("len12", la + "_" + lb);
        for (String x : candidates.get(a).features()) {
            f.add("a_" + x);
        }
        for (String x : candidates.get(b).features()) {
            f.add("b_" + x);
        }
        return f.toArray();
    }

    /**
     * Indexes of the chosen candidates, in increasing order; empty when there is none.
     *
     * @param order the candidates' indexes, likeliest first
     * @param two   how likely the length classifier finds it that the second belongs in the summary
     */
    static List<Integer> pick(int[] order, double two) {
        List<Integer> out = new ArrayList<>();
        if (order.length > 0) {
            out.add(order[0]);
        }
        if (order.length > 1 && two >= 0.5) {
            out.add(order[1]);
        }
        out.sort(null);
        return out;
    }

    /** How likely the length classifier finds it that the second likeliest candidate belongs in the summary; 0 without one. */
    static double two(List<KeySentences.Candidate> candidates, double[] p, int[] order, Classifier length) {
        return order.length < 2 ? 0 : length.probability(TWO, pairFeatures(candidates, p, order));
    }
}
