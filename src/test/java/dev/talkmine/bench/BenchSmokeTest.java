package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plumbing end to end on a tiny corpus (one forked talkmine JVM driven part by part,
 * no baseline, two runs): it checks that the pieces fit, not any number.
 */
class BenchSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void aTinyRunForksTheWorkersAndReportsTheirMeasurements() {
        Bench.Options o = new Bench.Options(Path.of("input/europython-2015.txt"), List.of(), 2000, 2, 0, "throughput",
                List.of(), List.of(1), List.of(), List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), List.of(), 0,
                true, false, tmp);
        StringWriter err = new StringWriter();
        BenchResult r = Bench.run(o, new PrintWriter(err, true));
        assertThat(r.corpus().tokens()).isGreaterThanOrEqualTo(2000);
        assertThat(r.workers()).extracting(WorkerResult::task).containsExactly("throughput", "profile");
        WorkerResult w = r.workers().get(0);
        assertThat(w.side()).isEqualTo("talkmine");
        // each run's pass, asked for part by part, adds up to the whole corpus
        assertThat(w.passes()).extracting(WorkerResult.Pass::run).containsExactly(1, 2);
        assertThat(w.passes()).allSatisfy(p -> assertThat(p.tokens()).isEqualTo(r.corpus().tokens()));
        assertThat(w.passes()).allSatisfy(p -> assertThat(p.reports()).isEqualTo(r.corpus().reports()));
        assertThat(err.toString()).contains("run 2/2, 1 thread, the sides taking turns in");
        assertThat(w.ownTokens()).isPositive();
        assertThat(w.loadSeconds()).isPositive();
        assertThat(w.peakHeapBytes()).isPositive();
        assertThat(w.jvmFlags()).contains("-Xmx1g");
        String table = BenchReport.table(r);
        assertThat(table).contains("talkmine").contains("Done criteria");

        // the profile reads the pipeline's own stage times, between reading the input and writing the JSON
        List<WorkerResult.StageTime> corpus = r.workers().get(1).stages().stream().filter(st -> st.what().equals("corpus")).toList();
        assertThat(corpus).extracting(WorkerResult.StageTime::stage).containsExactly("read", "sentences", "candidates",
                "mentions", "linking", "structure", "segment", "talk-attributes", "entities", "summarize", "verdict", "json");
        assertThat(corpus).allSatisfy(st -> assertThat(st.seconds()).isNotNegative());
        assertThat(corpus.stream().mapToDouble(WorkerResult.StageTime::share).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(table).contains("Where talkmine's time goes").contains("talk-attributes");
    }
}
