package dev.talkmine.bench;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times each stage of a {@link Talkmine} from the stage-start notices its pipeline gives: a
 * stage's time runs from its notice to the next one (or the end). The same pipeline as the one
 * measured, not a copy of its stage list.
 */
final class StageProfiler {
    private final Talkmine talkmine;
    private final List<String> names;
    private final long[] nanos;
    private final Map<String, Double> loadSeconds;

    private StageProfiler(Talkmine talkmine, Map<String, Double> loadSeconds) {
        this.talkmine = talkmine;
        this.names = talkmine.stageNames();
        this.nanos = new long[names.size()];
        this.loadSeconds = loadSeconds;
    }

    /** Builds the default pipeline, timing the build. */
    static StageProfiler load() {
        long t = System.nanoTime();
        Talkmine talkmine = Talkmine.builder().build();
        Map<String, Double> times = new LinkedHashMap<>();
        times.put("models", (System.nanoTime() - t) / 1e9);
        return new StageProfiler(talkmine, times);
    }

    /** Seconds spent loading, by part. */
    Map<String, Double> loadSeconds() {
        return loadSeconds;
    }

    List<String> stageNames() {
        return names;
    }

    /** Runs the pipeline on {@code doc}, adding each stage's time to its total. Not thread-safe. */
    Report process(Document doc) {
        List<long[]> marks = new ArrayList<>();
        Report r = talkmine.process(doc, name -> marks.add(new long[] {names.indexOf(name), System.nanoTime()}));
        long end = System.nanoTime();
        for (int i = 0; i < marks.size(); i++) {
            long until = i + 1 < marks.size() ? marks.get(i + 1)[1] : end;
            nanos[(int) marks.get(i)[0]] += until - marks.get(i)[1];
        }
        return r;
    }

    /** Total seconds per stage since the last reset, in stage order. */
    double[] seconds() {
        double[] s = new double[nanos.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = nanos[i] / 1e9;
        }
        return s;
    }

    void reset() {
        Arrays.fill(nanos, 0);
    }
}
