package dev.talkmine.train;

import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.segment.TalkStartTraining;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;

/**
 * Trains the segmenter's two classifiers. The context classifier reads the local classifier's
 * guesses about neighbouring units, so it must learn from guesses as good as those at run time:
 * each report's context comes from a local classifier trained on the other folds ({@link #FOLDS}
 * folds of reports), never from one that saw the report.
 */
final class TalkStartLearner implements Learner {
    static final int FOLDS = 5;

    private final List<Example> examples;
    private final List<TalkStartTraining> data = new ArrayList<>();

    TalkStartLearner(List<Example> examples, Lexicon lexicon) {
        this.examples = List.copyOf(examples);
        for (Example e : examples) {
            data.add(TalkStartTraining.of(e.prepared(), lexicon, e.talkStarts(), e.nonTalkStarts()));
        }
    }

    @Override
    public List<String> models() {
        return List.of(TalkSegmenter.LOCAL_MODEL, TalkSegmenter.MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        Map<String, Classifier> out = new LinkedHashMap<>();
        out.put(TalkSegmenter.LOCAL_MODEL, local(use));
        List<String> groups = Folds.groups(examples, use);
        List<Event> context = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> out2 = new ArrayList<>();
            for (int i : use) {
                (Folds.of(groups, examples.get(i).group(), FOLDS) == fold ? out2 : in).add(i);
            }
            if (out2.isEmpty()) {
                continue;
            }
            Classifier local = local(in);
            for (int i : out2) {
                context.addAll(data.get(i).contextEvents(local));
            }
        }
        out.put(TalkSegmenter.MODEL, Classifier.train(context));
        return out;
    }

    private Classifier local(List<Integer> use) {
        List<Event> events = new ArrayList<>();
        for (int i : use) {
            events.addAll(data.get(i).localEvents());
        }
        return Classifier.train(events);
    }
}
