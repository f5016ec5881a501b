package dev.talkmine.train;

import java.util.List;
import java.util.TreeSet;

/** Deterministic assignment of report groups to folds, for the inner folds of stacked learners. */
final class Folds {
    private Folds() {
    }

    /** The distinct groups of the used reports, sorted. */
    static List<String> groups(List<Example> examples, List<Integer> use) {
        TreeSet<String> out = new TreeSet<>();
        use.forEach(i -> out.add(examples.get(i).group()));
        return List.copyOf(out);
    }

    /** The fold of a group: its position among the sorted groups, modulo the number of folds. */
    static int of(List<String> groups, String group, int folds) {
        return groups.indexOf(group) % folds;
    }
}
