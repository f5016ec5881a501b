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
 * the first sentence that holds it states the annotated label (the label classifier). A talk whose
 * evidence cannot be found in its passage is left out. Negative, mixed and neutral verdicts are rare,
 * so their label events count {@link #RARE} times.
 */
final class VerdictLearner implements Learner {
    /** How many times a rare label's event counts (6 was no better leaving one report out). */
    static final int RARE = 3;
    /**
     * The L2 cost of the evidence classifier. Leave-one-report-out on gold passages (with the
     * sentence's words no longer among its features): verdict accuracy 0.71 at 2, 0.72 at 4, 0.69
     * at 8 and at 16.
     */
    static final double EVIDENCE_L2 = 4;
    /** The L2 cost of the label classifier. */
    static final double LABEL_L2 = 1;

    private final List<List<Event>> events = new ArrayList<>();
    private final List<List<Event>> labels = new ArrayList<>();

    VerdictLearner(List<Example> examples, Lexicon lexicon) {
        for (Example e : examples) {
            List<TextSpan> passages = e.talkPassages();
            VerdictCandidates candidates = VerdictCandidates.of(e.prepared(), lexicon,
                    passages.stream().filter(java.util.Objects::nonNull).toList());
            List<Event> out = new ArrayList<>();
            List<Event> label = new ArrayList<>();
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i) != null) {
                    events(e, passages.get(i), e.gold().talks().get(i), candidates, out, label);
                }
            }
            events.add(out);
            labels.add(label);
        }
    }

    private static void events(Example e, TextSpan passage, GoldReport.Talk gold, VerdictCandidates candidates,
                               List<Event> out, List<Event> labels) {
        String label = Verdict.Label.of(gold.verdict()).id();
        TextSpan evidence = null;
        if (!label.equals(Verdict.Label.NONE.id())) {
            evidence = Phrases.locate(e.prepared().text(), passage, gold.verdictEvidence());
            if (evidence == null) {
                return;
            }
        }
        List<VerdictCandidates.Candidate> all = candidates.in(passage);
        int first = -1;
        for (int i = 0; i < all.size(); i++) {
            boolean states = evidence != null && all.get(i).piece().span().overlaps(evidence);
            out.add(new Event(states ? VerdictStage.YES : VerdictStage.NO, all.get(i).features()));
            first = states && first < 0 ? i : first;
        }
        if (first >= 0) {
            Event event = new Event(label, VerdictCandidates.labelFeatures(all, first));
            for (int k = label.equals(Verdict.Label.POSITIVE.id()) ? 1 : RARE; k > 0; k--) {
                labels.add(event);
            }
        }
    }

    @Override
    public List<String> models() {
        return List.of(VerdictStage.EVIDENCE_MODEL, VerdictStage.LABEL_MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        List<Event> label = new ArrayList<>();
        use.forEach(i -> {
            all.addAll(events.get(i));
            label.addAll(labels.get(i));
        });
        // reports that state no verdict at all pose no question: then no sentence states one
        return Map.of(VerdictStage.EVIDENCE_MODEL, Classifier.trainOr(VerdictStage.NO, all, EVIDENCE_L2),
                VerdictStage.LABEL_MODEL, Classifier.trainOr(Verdict.Label.POSITIVE.id(), label, LABEL_L2));
    }
}
