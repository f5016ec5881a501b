package dev.talkmine.train;

import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.Models;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Trains every learned decision from annotated reports. What each learner needs from a report is
 * computed once and reused by every fold of a cross-validation. Deterministic: the same reports
 * give the same models, byte for byte. Thread-safe once made.
 */
public final class Trainer {
    private final List<Example> examples;
    private final List<Learner> learners;

    private Trainer(List<Example> examples, List<Learner> learners) {
        this.examples = List.copyOf(examples);
        this.learners = List.copyOf(learners);
    }

    /** A trainer of every learned decision of the pipeline, on these reports. */
    public static Trainer of(List<Example> examples, Lexicon lexicon) {
        return new Trainer(examples, Learners.all(examples, lexicon));
    }

    /** The reports trained on. */
    public List<Example> examples() {
        return examples;
    }

    /** Models trained on every report. */
    public Models train() {
        return train(e -> true);
    }

    /** Models trained on the reports of every group but {@code group}. */
    public Models trainWithout(String group) {
        return train(e -> !e.group().equals(group));
    }

    private Models train(Predicate<Example> use) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (use.test(examples.get(i))) {
                indexes.add(i);
            }
        }
        Map<String, Classifier> out = new LinkedHashMap<>();
        for (Learner l : learners) {
            out.putAll(l.train(indexes));
        }
        return Models.of(out);
    }
}
