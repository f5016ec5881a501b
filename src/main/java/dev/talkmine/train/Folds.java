package dev.talkmine.train;

import java.util.ArrayList;
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

    /** The reports a fold trains on and the reports it holds out (a report's renderings stay in one fold). */
    record Split(List<Integer> in, List<Integer> held) {
    }

    /**
     * The used reports split into {@code folds} folds, each fold's held-out reports not empty; a fold
     * with nothing left to train on (one group in all) is no fold, so its reports get no held-out
     * decision.
     */
    static List<Split> split(List<Example> examples, List<Integer> use, int folds) {
        List<String> groups = groups(examples, use);
        List<Split> out = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i : use) {
                (of(groups, examples.get(i).group(), folds) == fold ? held : in).add(i);
            }
            if (!held.isEmpty() && !in.isEmpty()) {
                out.add(new Split(in, held));
            }
        }
        return out;
    }

    /** The fold of a group: its position among the sorted groups, modulo the number of folds. */
    static int of(List<String> groups, String group, int folds) {
        return groups.indexOf(group) % folds;
    }
}
