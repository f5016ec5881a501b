package dev.talkmine.train;

import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.segment.TalkStartTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;

/** Trains the segmenter's talk-start classifier; each report's unit features are computed once. */
final class TalkStartLearner implements Learner {
    private final List<List<Event>> events = new ArrayList<>();

    TalkStartLearner(List<Example> examples, Lexicon lexicon) {
        for (Example e : examples) {
            events.add(TalkStartTraining.of(e.prepared(), lexicon, e.talkStarts(), e.nonTalkStarts()).events());
        }
    }

    @Override
    public List<String> models() {
        return List.of(TalkSegmenter.MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        use.forEach(i -> all.addAll(events.get(i)));
        return Map.of(TalkSegmenter.MODEL, Classifier.train(all));
    }
}
