package dev.talkmine.bench;

import dev.talkmine.pipeline.StageListener;
import java.util.List;

/**
 * Sums the time of each stage over the reports a {@link dev.talkmine.Talkmine} processes, as its
 * pipeline measures it ({@link StageListener#finished}): the pipeline that is measured, not a
 * copy of its stage list. Not thread-safe.
 */
final class StageTimes implements StageListener {
    private final List<String> names;
    private final long[] nanos;

    StageTimes(List<String> stageNames) {
        this.names = List.copyOf(stageNames);
        this.nanos = new long[names.size()];
    }

    @Override
    public void finished(String stage, long stageNanos) {
        nanos[names.indexOf(stage)] += stageNanos;
    }

    /** The stage names, in order. */
    List<String> names() {
        return names;
    }

    /** Total seconds per stage, in stage order. */
    double[] seconds() {
        double[] s = new double[nanos.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = nanos[i] / 1e9;
        }
        return s;
    }
}
