package dev.talkmine.train;

import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.Models;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Trains every learned decision from annotated reports. Deterministic: the same reports give the
 * same models, byte for byte. Thread-safe: folds of a cross-validation train at once.
 */
public final class Trainer {
    private final List<Example> examples;
    private final Lexicon lexicon;

    private Trainer(List<Example> examples, Lexicon lexicon) {
        this.examples = List.copyOf(examples);
        this.lexicon = lexicon;
    }

    /** A trainer of every learned decision of the pipeline, on these reports. */
    public static Trainer of(List<Example> examples, Lexicon lexicon) {
        return new Trainer(examples, lexicon);
    }

    /** The reports trained on. */
    public List<Example> examples() {
        return examples;
    }

    /** Models trained on every report. */
    public Models train() {
        return train(examples);
    }

    /**
     * Models trained on the reports of every group but {@code group}, exactly as if they were all
     * the reports there are: the learners after the mention decision train on mentions decided by
     * models that never saw {@code group} either, so nothing of it leaks into a fold.
     */
    public Models trainWithout(String group) {
        return train(examples.stream().filter(e -> !e.group().equals(group)).toList());
    }

    private Models train(List<Example> reports) {
        List<Integer> all = IntStream.range(0, reports.size()).boxed().toList();
        Map<String, Classifier> out = new LinkedHashMap<>();
        for (Learner l : Learners.all(reports, lexicon)) {
            out.putAll(l.train(all));
        }
        return Models.of(out);
    }
}
