package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plumbing end to end on a tiny corpus (one forked talkmine JVM, no baseline, one
 * run): it checks that the pieces fit, not any number.
 */
class BenchSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void aTinyRunForksAWorkerAndReportsItsMeasurements() {
        Bench.Options o = new Bench.Options(Path.of("input/europython-2015.txt"), List.of(), 2000, 1, 0, "throughput",
                List.of(), List.of(1), List.of(), List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), 0,
                false, false, tmp);
        StringWriter err = new StringWriter();
        BenchResult r = Bench.run(o, new PrintWriter(err, true));
        assertThat(r.corpus().tokens()).isGreaterThanOrEqualTo(2000);
        assertThat(r.workers()).hasSize(1);
        WorkerResult w = r.workers().get(0);
        assertThat(w.side()).isEqualTo("talkmine");
        assertThat(w.passes()).hasSize(1);
        assertThat(w.passes().get(0).tokens()).isEqualTo(r.corpus().tokens());
        assertThat(w.ownTokens()).isPositive();
        assertThat(w.loadSeconds()).isPositive();
        assertThat(w.peakHeapBytes()).isPositive();
        assertThat(w.jvmFlags()).contains("-Xmx1g");
        assertThat(BenchReport.table(r)).contains("talkmine").contains("Done criteria");
    }
}
