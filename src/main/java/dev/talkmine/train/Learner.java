package dev.talkmine.train;

import dev.talkmine.learn.Classifier;
import java.util.List;
import java.util.Map;

/**
 * One learned decision of the pipeline, set up on a list of annotated reports (whatever it needs
 * from each report is computed once, when it is made). Learners read only the prepared reports and
 * their gold, never another learner's output, so each trains on its own. Thread-safe: folds of a
 * cross-validation train at once.
 */
interface Learner {

    /** The model files it makes, under {@code models/} ({@code learned/talk-start.model}). */
    List<String> models();

    /**
     * Trains on a subset of the reports it was set up with. Deterministic.
     *
     * @param use indexes into the reports, in increasing order
     */
    Map<String, Classifier> train(List<Integer> use);
}
