package dev.talkmine.train;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.verdict.VerdictCandidates;
import dev.talkmine.verdict.VerdictStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;

/**
 * Trains the verdict classifiers on the annotated talk passages: a sentence that holds (part of) the
 * annotated evidence states the verdict, every other sentence does not (the evidence classifier);
 * every passage states its annotated label, none included (the label classifier). The label
 * classifier reads evidence probabilities, so it learns from probabilities as good as those at run
 * time: each report's come from an evidence classifier trained on the other {@link #INNER_FOLDS} - 1
 * inner folds. A sentence that may state the verdict in other words than the annotated evidence
 * ({@link Passage#unsure}) is no example for the evidence classifier (leave-one-report-out on the
 * annotated passages: verdict accuracy 0.697 → 0.702). A talk whose evidence cannot be found in its
 * passage is left out. Negative, mixed and neutral verdicts are rare, so their label events count
 * {@link #RARE} times.
 */
final class VerdictLearner implements Learner {
    /**
     * How many times a rare label's event counts. Leave-one-report-out: verdict accuracy 0.67 at 3,
     * 0.68 at 6, 0.67 at 10 (recall of negative and mixed verdicts 0.16, 0.20, 0.24).
     */
    static final int RARE = 6;
    /**
     * The L2 cost of the evidence classifier. Leave-one-report-out on gold passages (with the
     * sentence's words no longer among its features): verdict accuracy 0.71 at 2, 0.72 at 4, 0.69
     * at 8 and at 16.
     */
    static final double EVIDENCE_L2 = 4;
    /** The L2 cost of the label classifier (4 scored alike leaving one report out: 218 verdicts right against 219). */
    static final double LABEL_L2 = 1;
    /** How many inner folds give the label classifier's training its evidence probabilities. */
    static final int INNER_FOLDS = 4;

    private final List<Example> examples;
    /** Per report: its annotated passages. */
    private final List<List<Passage>> passages = new ArrayList<>();

    /** A passage's candidates, its annotated label, and which of them state it. */
    private record Passage(List<VerdictCandidates.Candidate> candidates, String label, boolean[] states) {
        /**
         * Whether candidate {@code k} is left out of the evidence classifier's training: it holds no
         * annotated evidence, yet its opinion has the verdict's sign (praise in a positive passage,
         * criticism in a negative one, any opinion in a mixed one). The annotation marks only the
         * shortest phrase that states the verdict, so such a sentence may state it in other words and
         * is no example of a sentence that does not.
         */
        boolean unsure(int k) {
            return VerdictLearner.unsure(label, candidates.get(k).sign(), states[k]);
        }
    }

    /** Whether a sentence of opinion {@code sign} in a passage of verdict {@code label} is unsure ({@link Passage#unsure}). */
    static boolean unsure(String label, String sign, boolean states) {
        return !states && (label.equals(Verdict.Label.POSITIVE.id()) ? sign.equals("P")
                : label.equals(Verdict.Label.NEGATIVE.id()) ? sign.equals("N")
                : label.equals(Verdict.Label.MIXED.id()) && !sign.equals("0"));
    }

    VerdictLearner(List<Example> examples, Lexicon lexicon) {
        this.examples = List.copyOf(examples);
        for (Example e : examples) {
            List<TextSpan> spans = e.talkPassages();
            VerdictCandidates candidates = VerdictCandidates.of(e.prepared(), lexicon,
                    spans.stream().filter(java.util.Objects::nonNull).toList());
            List<Passage> out = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Passage p = spans.get(i) == null ? null : passage(e, spans.get(i), e.gold().talks().get(i), candidates);
                if (p != null) {
                    out.add(p);
                }
            }
            passages.add(out);
        }
    }

    private static Passage passage(Example e, TextSpan passage, GoldReport.Talk gold, VerdictCandidates candidates) {
        String label = Verdict.Label.of(gold.verdict()).id();
        TextSpan evidence = null;
        if (!label.equals(Verdict.Label.NONE.id())) {
            evidence = Phrases.locate(e.prepared().text(), passage, gold.verdictEvidence());
            if (evidence == null) {
                return null;
            }
        }
        List<VerdictCandidates.Candidate> all = candidates.in(passage);
        if (all.isEmpty()) {
            return null;
        }
        boolean[] states = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            states[i] = evidence != null && all.get(i).piece().span().overlaps(evidence);
        }
        return new Passage(all, label, states);
    }

    @Override
    public List<String> models() {
        return List.of(VerdictStage.EVIDENCE_MODEL, VerdictStage.LABEL_MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        List<Event> label = new ArrayList<>();
        for (Folds.Split split : Folds.split(examples, use, INNER_FOLDS)) {
            Classifier inner = evidence(split.in());
            for (int i : split.held()) {
                for (Passage p : passages.get(i)) {
                    Event event = new Event(p.label(), VerdictCandidates.labelFeatures(p.candidates(),
                            VerdictCandidates.evidence(inner, p.candidates())));
                    boolean rare = !p.label().equals(Verdict.Label.POSITIVE.id()) && !p.label().equals(Verdict.Label.NONE.id());
                    for (int k = rare ? RARE : 1; k > 0; k--) {
                        label.add(event);
                    }
                }
            }
        }
        return Map.of(VerdictStage.EVIDENCE_MODEL, evidence(use),
                VerdictStage.LABEL_MODEL, Classifier.trainOr(Verdict.Label.NONE.id(), label, LABEL_L2));
    }

    /** The evidence classifier of these reports; with no verdict stated in them, one that finds none. */
    private Classifier evidence(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        for (int i : use) {
            for (Passage p : passages.get(i)) {
                for (int k = 0; k < p.candidates().size(); k++) {
                    if (p.unsure(k)) {
                        continue;
                    }
                    all.add(new Event(p.states()[k] ? VerdictStage.YES : VerdictStage.NO, p.candidates().get(k).features()));
                }
            }
        }
        return Classifier.trainOr(VerdictStage.NO, all, EVIDENCE_L2);
    }
}
