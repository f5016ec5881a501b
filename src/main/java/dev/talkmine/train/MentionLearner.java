package dev.talkmine.train;

import dev.talkmine.doc.Candidate;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.MentionDecider;
import dev.talkmine.pipeline.Pipeline;
import dev.talkmine.structure.StructureStage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;

/**
 * Trains the mention decision's two classifiers on the candidates of annotated reports, labelled by
 * {@link GoldProjection}. The local classifier learns each span alone; the context classifier reads
 * the local probabilities of a span and its neighbours, so it learns from local probabilities as
 * good as those at run time: each report's come from a local classifier trained on the other
 * {@link #INNER_FOLDS} - 1 inner folds, never from one that saw the report. It also gives the learners after it (which read mentions) reports whose
 * mentions were decided by a model that did not see them: {@link #outOfFold} decides each report
 * with a model trained on the other {@link #FOLDS} - 1 folds of reports. (A cross-validation makes
 * a learner for each held-out report from the other reports alone, so these models never see it.)
 */
final class MentionLearner implements Learner {
    static final int FOLDS = 10;
    static final int INNER_FOLDS = 4;

    private final List<Example> examples;
    /** Per report: the local events, and the labels of the context events. */
    private final List<List<Event>> local = new ArrayList<>();
    private final List<List<String>> contextLabels = new ArrayList<>();

    MentionLearner(List<Example> examples) {
        this.examples = List.copyOf(examples);
        for (Example e : examples) {
            GoldProjection gold = new GoldProjection(e.gold());
            List<Candidate> candidates = e.prepared().candidates();
            List<Event> es = new ArrayList<>();
            for (Candidate c : candidates) {
                es.add(new Event(gold.label(c), MentionDecider.features(c)));
            }
            local.add(es);
            contextLabels.add(gold.labels(candidates));
        }
    }

    @Override
    public List<String> models() {
        return List.of(MentionDecider.LOCAL_MODEL, MentionDecider.MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        Map<String, Classifier> out = new LinkedHashMap<>();
        out.put(MentionDecider.LOCAL_MODEL, local(use));
        out.put(MentionDecider.MODEL, context(use));
        return out;
    }

    private Classifier local(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        for (int i : use) {
            all.addAll(local.get(i));
        }
        return Classifier.train(all);
    }

    /** The context classifier, each report's local probabilities from the other inner folds. */
    private Classifier context(List<Integer> use) {
        List<Event> events = new ArrayList<>();
        for (Folds.Split split : Folds.split(examples, use, INNER_FOLDS)) {
            Classifier inner = local(split.in());
            for (int i : split.held()) {
                List<String[]> features = MentionDecider.contextFeatures(examples.get(i).prepared().candidates(), inner);
                for (int k = 0; k < features.size(); k++) {
                    events.add(new Event(contextLabels.get(i).get(k), features.get(k)));
                }
            }
        }
        // none when the reports are a single group (a fold of a cross-validation on two reports)
        return Classifier.trainOr(MentionDecider.NONE, events);
    }

    /**
     * The reports with mentions, entities and structure as talkmine decides them, each by a
     * mention model trained on the other folds of reports (a report's renderings stay in one fold).
     */
    List<Example> outOfFold(Lexicon lexicon) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
        }
        Example[] out = new Example[examples.size()];
        for (Folds.Split split : Folds.split(examples, all, FOLDS)) {
            Map<String, Classifier> models = train(split.in());
            Pipeline resolve = resolution(models, lexicon, examples.get(split.held().get(0)));
            for (int i : split.held()) {
                Example e = examples.get(i);
                out[i] = e.withPrepared(resolve.process(e.prepared(), s -> { }));
            }
        }
        // one group in all: no fold can hold it out, so the models trained on it decide it (trained once)
        Pipeline onAll = null;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                Example e = examples.get(i);
                onAll = onAll != null ? onAll : resolution(train(all), lexicon, e);
                out[i] = e.withPrepared(onAll.process(e.prepared(), s -> { }));
            }
        }
        return List.of(out);
    }

    private static Pipeline resolution(Map<String, Classifier> models, Lexicon lexicon, Example any) {
        return Pipeline.builder().given(any.prepared().layers())
                .add(new MentionDecider(models.get(MentionDecider.LOCAL_MODEL), models.get(MentionDecider.MODEL)))
                .add(new EntityLinker()).add(new StructureStage(lexicon)).build();
    }
}
