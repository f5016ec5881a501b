package dev.talkmine.ner;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The second look at a candidate: what the first (local) classifier thought of it and of the
 * candidates around it. Its own probabilities; the most probable span containing it, inside it or
 * crossing it ("Guido" inside a probable "Guido van Rossum" is no mention of its own); the same
 * string elsewhere in the report (a name is usually a name every time); a full name elsewhere
 * whose first or last word it is. Computed once per report from the local probabilities.
 */
final class MentionContext {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MentionContext() {
    }

    /** The local classifier's probabilities of each candidate, as {P(NONE), P(PERSON), P(ORG), P(TECH)}. */
    static double[][] local(Classifier local, List<Candidate> candidates) {
        double[][] out = new double[candidates.size()][];
        int[] index = outcomeIndex(local);
        for (int i = 0; i < candidates.size(); i++) {
            double[] p = local.probabilities(MentionDecider.features(candidates.get(i)));
            double[] q = new double[4];
            for (int k = 0; k < 4; k++) {
                q[k] = index[k] < 0 ? 0 : p[index[k]];
            }
            out[i] = q;
        }
        return out;
    }

    /** For NONE, PERSON, ORGANIZATION, TECHNOLOGY: the classifier's index of that outcome, or -1. */
    static int[] outcomeIndex(Classifier c) {
        int[] index = {-1, -1, -1, -1};
        for (int i = 0; i < c.outcomes(); i++) {
            String o = c.outcome(i);
            int k = o.equals(MentionDecider.NONE) ? 0 : 1 + MentionDecider.TYPES.stream().map(Enum::name).toList().indexOf(o);
            if (k >= 0) {
                index[k] = i;
            }
        }
        return index;
    }

    /** The context features of every candidate, given the local probabilities. */
    static List<String[]> features(List<Candidate> candidates, double[][] p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        SpanIndex<Integer> spans = SpanIndex.of(order, i -> candidates.get(i).span());
        Map<String, List<Integer>> sameText = new HashMap<>();
        Map<String, Double> fullNames = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = key(candidates.get(i).text());
            sameText.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            String[] w = SPACES.split(key);
            if (w.length > 1) {
                fullNames.merge(w[0], p[i][1], Math::max);
                fullNames.merge(w[w.length - 1], p[i][1], Math::max);
            }
        }
        List<String[]> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            out.add(one(candidates, p, i, spans, sameText.get(key(candidates.get(i).text())), fullNames));
        }
        return out;
    }

    private static String[] one(List<Candidate> candidates, double[][] p, int i, SpanIndex<Integer> spans,
                                List<Integer> same, Map<String, Double> fullNames) {
        Candidate c = candidates.get(i);
        List<String> f = new ArrayList<>();
        f.add(Features.BIAS);
        String best = best(p[i]);
        f.add("own=" + best);
        for (int k = 0; k < 4; k++) {
            f.add("own" + k + "=" + bucket(p[i][k]));
        }
        f.add("own=" + best + "&" + bucket(positive(p[i])));
        for (String s : c.features()) {
            if (s.startsWith("src=") && !s.contains("&") || s.startsWith("case=") || s.startsWith("words=")) {
                f.add(s);
            }
        }
        relations(candidates, p, i, spans, best, f);
        others(p, i, same, best, f);
        String[] w = SPACES.split(key(c.text()));
        if (w.length == 1 && fullNames.containsKey(w[0])) {
            f.add("full-name=" + bucket(fullNames.get(w[0])));
            f.add("full-name=" + bucket(fullNames.get(w[0])) + "&own=" + best);
        }
        return f.toArray(String[]::new);
    }

    /** The most probable candidate containing, inside, and crossing this one. */
    private static void relations(List<Candidate> candidates, double[][] p, int i, SpanIndex<Integer> spans, String best,
                                  List<String> f) {
        TextSpan s = candidates.get(i).span();
        double container = 0;
        double inner = 0;
        double crossing = 0;
        String containerType = "none";
        String innerType = "none";
        for (int j : spans.overlapping(s)) {
            TextSpan o = candidates.get(j).span();
            double q = positive(p[j]);
            if (o.equals(s)) {
                continue;
            }
            if (o.contains(s) && q > container) {
                container = q;
                containerType = best(p[j]);
            } else if (s.contains(o) && q > inner) {
                inner = q;
                innerType = best(p[j]);
            } else if (!o.contains(s) && !s.contains(o)) {
                crossing = Math.max(crossing, q);
            }
        }
        f.add("container=" + containerType + "&" + bucket(container));
        f.add("container=" + bucket(container) + "&own=" + best + "&" + bucket(positive(p[i])));
        f.add("inner=" + innerType + "&" + bucket(inner));
        f.add("inner=" + bucket(inner) + "&own=" + best + "&" + bucket(positive(p[i])));
        f.add("crossing=" + bucket(crossing));
    }

    /** The same text elsewhere in the report: how often, and the best and mean local probability of each type. */
    private static void others(double[][] p, int i, List<Integer> same, String best, List<String> f) {
        int n = same.size() - 1;
        f.add("same.n=" + (n == 0 ? "0" : n == 1 ? "1" : n <= 4 ? "2-4" : "5+"));
        if (n == 0) {
            return;
        }
        for (int k = 1; k < 4; k++) {
            double max = 0;
            double sum = 0;
            for (int j : same) {
                if (j != i) {
                    max = Math.max(max, p[j][k]);
                    sum += p[j][k];
                }
            }
            f.add("same.max" + k + "=" + bucket(max));
            f.add("same.mean" + k + "=" + bucket(sum / n));
            f.add("same.mean" + k + "=" + bucket(sum / n) + "&own=" + best);
        }
    }

    /** The most probable outcome's name. */
    static String best(double[] p) {
        int b = 0;
        for (int k = 1; k < 4; k++) {
            if (p[k] > p[b]) {
                b = k;
            }
        }
        return b == 0 ? MentionDecider.NONE : MentionDecider.TYPES.get(b - 1).name();
    }

    /** The probability of the most probable type (not NONE). */
    static double positive(double[] p) {
        return Math.max(p[1], Math.max(p[2], p[3]));
    }

    private static String bucket(double q) {
        return q >= 0.9 ? "90" : q >= 0.7 ? "70" : q >= 0.5 ? "50" : q >= 0.3 ? "30" : q >= 0.1 ? "10" : "0";
    }

    private static String key(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
