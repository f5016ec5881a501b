package dev.talkmine.train;

import dev.talkmine.Talkmine;
import dev.talkmine.output.ReportJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Leave-one-report-out cross-validation: for each report (group), models are trained on all the
 * others and the report is decided with them. The result is what talkmine would output on reports
 * it was not trained on: the honest measure of a learned pipeline.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * The held-out JSON output of every example, by source file, {@code threads} folds at a time.
     */
    public static Map<String, String> predictions(Trainer trainer, Talkmine talkmine, int threads) throws InterruptedException {
        Set<String> groups = new LinkedHashSet<>();
        trainer.examples().forEach(e -> groups.add(e.group()));
        return predictions(trainer, talkmine, groups, threads);
    }

    /**
     * The held-out JSON output of the examples of these groups only, by source file: the other
     * examples (reports written for training) are always trained on, never held out.
     */
    public static Map<String, String> predictions(Trainer trainer, Talkmine talkmine, Set<String> groups, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Map<String, String>>> folds = new ArrayList<>();
            for (String group : groups) {
                folds.add(pool.submit(() -> fold(trainer, talkmine, group)));
            }
            Map<String, String> out = new HashMap<>();
            for (Future<Map<String, String>> f : folds) {
                out.putAll(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> fold(Trainer trainer, Talkmine talkmine, String group) {
        Talkmine held = talkmine.withModels(trainer.trainWithout(group));
        Map<String, String> out = new HashMap<>();
        for (Example e : trainer.examples()) {
            if (e.group().equals(group)) {
                out.put(e.source(), ReportJson.toJson(held.decide(e.prepared(), s -> { })));
            }
        }
        return out;
    }
}
