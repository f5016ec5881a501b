package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Segment.Label;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits a report into talk and non-talk passages. Each unit (heading, list item, table row,
 * sentence) is classified as opening a talk, opening a non-talk passage, or continuing the passage
 * before it, by a maximum-entropy model trained on annotated reports ({@code talkmine train}) that
 * reads each unit with the decision before it; the decisions of all units are chosen together
 * (Viterbi), so a list item under a talk heading is a note. Immutable and thread-safe.
 */
public final class TalkSegmenter implements Stage {
    /** The model file, under {@code models/}. */
    public static final String MODEL = "learned/talk-start.model";

    /** How many of the features behind a passage's opening decision its reason names. */
    private static final int PULLS = 3;

    private final Classifier model;
    private final UnitCues cues;

    /** A segmenter deciding with {@code model} and reading cues from {@code lexicon}. */
    public TalkSegmenter(Classifier model, Lexicon lexicon) {
        this.model = Objects.requireNonNull(model, "model");
        this.cues = new UnitCues(Objects.requireNonNull(lexicon, "lexicon"));
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE, Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SEGMENTS);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.STRUCTURE).require(Layer.RESOLVED_MENTIONS);
        List<Unit> units = report.units();
        UnitFeatures own = UnitFeatures.of(report, cues);
        List<String> labels = new ArrayList<>(units.size());
        List<Double> probabilities = new ArrayList<>(units.size());
        decode(units, own, model, labels, probabilities);
        List<String> pulls = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            pulls.add(labels.get(i).equals(Labels.CONTINUE) ? "" : pulls(own.array(i, i == 0 ? Labels.START : labels.get(i - 1)), labels.get(i)));
        }
        return report.withSegments(segments(report, labels, probabilities, pulls));
    }

    /**
     * The features that most pulled a unit to its decision over the likeliest other one, and the one
     * that pulled most the other way, for {@code explain}: "; over continue: a +1.2, b +0.8; despite c -1.0".
     */
    private String pulls(String[] features, String label) {
        double[] p = model.probabilities(features);
        int likeliest = -1;
        for (int o = 0; o < p.length; o++) {
            if (!model.outcome(o).equals(label) && (likeliest < 0 || p[o] > p[likeliest])) {
                likeliest = o;
            }
        }
        if (likeliest < 0) {
            return "";
        }
        String rival = model.outcome(likeliest);
        // the bias is every unit's prior, not a reason of this one
        String[] cues = Arrays.stream(features).filter(f -> !f.equals(Features.BIAS)).toArray(String[]::new);
        List<Classifier.Pull> all = model.pulls(cues, label, rival, cues.length);
        List<String> over = all.stream().filter(x -> x.weight() > 0).limit(PULLS).map(Classifier.Pull::toString).toList();
        StringBuilder out = new StringBuilder();
        if (!over.isEmpty()) {
            out.append("; over ").append(rival).append(": ").append(String.join(", ", over));
        }
        all.stream().filter(x -> x.weight() < 0).findFirst().ifPresent(x -> out.append("; despite ").append(x));
        return out.toString();
    }

    /**
     * The most likely decisions for all units together (Viterbi): each unit's decision is read with
     * the decision before it, so a talk heading makes the speaker line under it a continuation and a
     * structural heading makes the list under it a list of talks.
     */
    static void decode(List<Unit> units, UnitFeatures own, Classifier model, List<String> labels, List<Double> probabilities) {
        int n = units.size();
        int k = Labels.ALL.size();
        double[][] score = new double[n][k];
        double[][] prob = new double[n][k];
        int[][] back = new int[n][k];
        int[] at = new int[k];
        for (int o = 0; o < k; o++) {
            at[o] = model.index(Labels.ALL.get(o));
        }
        for (int i = 0; i < n; i++) {
            Arrays.fill(score[i], Double.NEGATIVE_INFINITY);
            for (int from = 0; from < (i == 0 ? 1 : k); from++) {
                double base = i == 0 ? 0 : score[i - 1][from];
                double[] p = model.probabilities(own.array(i, i == 0 ? Labels.START : Labels.ALL.get(from)));
                for (int to = 0; to < k; to++) {
                    double pt = at[to] < 0 ? 0 : p[at[to]];
                    double s = base + Math.log(Math.max(1e-12, pt));
                    if (s > score[i][to]) {
                        score[i][to] = s;
                        prob[i][to] = pt;
                        back[i][to] = from;
                    }
                }
            }
        }
        String[] out = new String[n];
        double[] outP = new double[n];
        int best = 0;
        for (int to = 1; to < k && n > 0; to++) {
            best = score[n - 1][to] > score[n - 1][best] ? to : best;
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = Labels.ALL.get(best);
            outP[i] = prob[i][best];
            best = back[i][best];
        }
        for (int i = 0; i < n; i++) {
            labels.add(out[i]);
            probabilities.add(outP[i]);
        }
    }

    /** Passages from each opening unit to the next; what comes before the first is the intro. */
    static List<Segment> segments(Report report, List<String> labels, List<Double> probabilities, List<String> pulls) {
        String text = report.text();
        List<Unit> units = report.units();
        List<Segment> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (!labels.get(i).equals(Labels.CONTINUE)) {
                starts.add(i);
            }
        }
        int firstStart = starts.isEmpty() ? text.length() : units.get(starts.get(0)).span().start();
        if (!units.isEmpty() && firstStart > units.get(0).span().start()) {
            add(out, text, units.get(0).span().start(), firstStart, Label.INTRO, null, "before the first passage");
        }
        String group = null;
        for (int s = 0; s < starts.size(); s++) {
            int i = starts.get(s);
            Unit u = units.get(i);
            int end = s + 1 < starts.size() ? units.get(starts.get(s + 1)).span().start() : text.length();
            boolean talk = labels.get(i).equals(Labels.TALK);
            boolean headingAlone = u.kind() == Block.Kind.HEADING && (s + 1 < starts.size() && starts.get(s + 1) == i + 1);
            Label label = talk ? Label.TALK : headingAlone ? Label.HEADING : Label.NON_TALK;
            if (label == Label.HEADING) {
                group = u.content().coveredText(text).strip();
            } else if (label == Label.NON_TALK) {
                group = null;
            }
            String reason = String.format(Locale.ROOT, "%s opens a %s passage (p=%.2f%s)", UnitFeatures.kind(u),
                    talk ? "talk" : "non-talk", probabilities.get(i), pulls.get(i));
            add(out, text, u.span().start(), end, label, talk ? group : null, reason);
        }
        return out;
    }

    private static void add(List<Segment> out, String text, int start, int end, Label label, String group, String reason) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Segment(new TextSpan(start, e), label, group, reason));
        }
    }
}
