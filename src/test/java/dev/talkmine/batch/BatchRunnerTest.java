package dev.talkmine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's time limit and resume, with a stand-in processor instead of the (slow) models. */
class BatchRunnerTest {
    @TempDir
    Path tmp;
    final AtomicBoolean release = new AtomicBoolean();
    final List<String> processed = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void releaseStuckWorkers() {
        release.set(true);
    }

    /** One talk over the whole text titled with the id; "stuck" spins, ignoring interrupts, until released. */
    private Report process(Document d, Consumer<String> onStage) {
        onStage.accept("sentences");
        processed.add(d.id());
        if (d.id().startsWith("stuck")) {
            onStage.accept("mentions");
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!release.get() && System.nanoTime() < until) {
                Thread.onSpinWait(); // like CoreNLP's CRF: deaf to interrupts
            }
        }
        Talk t = new Talk(1, new TextSpan(0, d.text().length()), TalkKind.TALK, d.id(), List.of(), List.of(), List.of());
        return Report.of(d).withTalks(List.of(t));
    }

    private List<Input> inputs(String... names) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String n : names) {
            if (!Files.exists(in.resolve(n))) {
                Files.writeString(in.resolve(n), "Report " + n + "\n");
            }
        }
        return Inputs.expand(List.of(in.toString()));
    }

    private BatchResult run(BatchRunner runner, List<Input> inputs, Path out) throws IOException {
        try (BatchWriter w = BatchWriter.open(out, Set.of(BatchWriter.Format.JSON, BatchWriter.Format.CSV))) {
            return runner.run(inputs, w, new ByteArrayInputStream(new byte[0]), n -> { }, errors::add);
        }
    }

    @Test
    void aReportPastTheTimeLimitBecomesAnErrorRowAndTheOthersFinish() throws Exception {
        List<Input> inputs = inputs("a.txt", "stuck.txt", "z.txt");
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        BatchResult r = run(new BatchRunner(this::process, DocumentReader.utf8(), 1).withTimeout(Duration.ofMillis(300)),
                inputs, out);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.processed()).isEqualTo(2);
        assertThat(out.resolve("a.json")).exists();
        assertThat(out.resolve("z.json")).exists();
        assertThat(Files.readString(out.resolve("errors.csv"))).contains(
                "stuck.txt,mentions,took longer than the time limit of 0.300 s (--timeout) and was abandoned in stage 'mentions'");
        assertThat(errors).singleElement().asString().contains("stuck.txt: mentions: took longer");
        // the abandoned worker finishes later, but writes nothing
        release.set(true);
        Thread.sleep(300);
        assertThat(out.resolve("stuck.json")).doesNotExist();
        assertThat(Files.readString(out.resolve("talks.csv"))).contains("a,1,talk").contains("z,1,talk").doesNotContain("stuck");
    }

    @Test
    void noTimeLimitWaitsForSlowReports() throws Exception {
        List<Input> inputs = inputs("a.txt", "stuck.txt");
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            release.set(true);
        });
        releaser.start();
        BatchResult r = run(new BatchRunner(this::process, DocumentReader.utf8(), 2).withTimeout(Duration.ZERO), inputs,
                tmp.resolve("out"));
        assertThat(r.failed()).isZero();
        assertThat(tmp.resolve("out/stuck.json")).exists();
    }

    @Test
    void resumeSkipsCompleteReportsAndReprocessesChangedOnesWithIdenticalTables() throws Exception {
        List<Input> inputs = inputs("a.txt", "b.txt", "c.txt", "d.txt");
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(this::process, DocumentReader.utf8(), 2);
        run(runner, inputs, out);
        // as a kill before the tables are written leaves it: JSON and rows files, no tables
        for (String t : List.of("talks.csv", "mentions.csv", "entities.csv", "errors.csv")) {
            Files.delete(out.resolve(t));
        }
        Files.writeString(tmp.resolve("in/c.txt"), "Report c, edited\n"); // changed since: processed again
        Files.delete(out.resolve("d.json")); // never finished: processed again
        Files.writeString(out.resolve(".a.json.tmp-0123456789abcdef"), "{\"sch"); // a stray temp file
        processed.clear();
        BatchResult r;
        try (BatchWriter w = BatchWriter.open(out, Set.of(BatchWriter.Format.JSON, BatchWriter.Format.CSV))) {
            assertThat(w.deleteStrayTempFiles()).isEqualTo(1);
            r = runner.resuming(true).run(inputs, w, new ByteArrayInputStream(new byte[0]), n -> { }, errors::add);
        }
        assertThat(processed).containsExactlyInAnyOrder("c", "d");
        assertThat(r.restored()).isEqualTo(2);
        assertThat(r.processed()).isEqualTo(4);
        Path fresh = tmp.resolve("fresh");
        run(runner, inputs, fresh);
        for (String t : List.of("talks.csv", "mentions.csv", "entities.csv", "errors.csv", "a.json", "c.json", "d.json")) {
            assertThat(Files.readAllBytes(out.resolve(t))).as(t).isEqualTo(Files.readAllBytes(fresh.resolve(t)));
        }
        assertThat(Files.readString(out.resolve("talks.csv")).lines()).hasSize(5);
    }

    @Test
    void resumeNeedsTheRowsFileWhenCsvIsOn() throws Exception {
        List<Input> inputs = inputs("a.txt", "b.txt");
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(this::process, DocumentReader.utf8(), 1);
        run(runner, inputs, out);
        Files.delete(out.resolve(".talkmine/a.rows")); // killed between the JSON and its rows
        Files.writeString(out.resolve(".talkmine/b.rows"), "talkmine-rows/1 truncated");
        processed.clear();
        BatchResult r = run(runner.resuming(true), inputs, out);
        assertThat(processed).containsExactlyInAnyOrder("a", "b");
        assertThat(r.restored()).isZero();
        assertThat(Files.readString(out.resolve("talks.csv")).lines()).hasSize(3);
    }

    @Test
    void resumeKeepsOnlyOutputsWrittenUnderTheSameSetupWhateverTheFormats() throws Exception {
        List<Input> inputs = inputs("a.txt", "b.txt");
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(this::process, DocumentReader.utf8(), 1).resuming(true);
        Set<BatchWriter.Format> jsonOnly = Set.of(BatchWriter.Format.JSON);
        Set<BatchWriter.Format> both = Set.of(BatchWriter.Format.JSON, BatchWriter.Format.CSV);
        record Step(Set<BatchWriter.Format> formats, String setup, int restored) {
        }
        List<Step> steps = List.of(
                new Step(jsonOnly, "talkmine 1.0 aaaa", 0),
                new Step(jsonOnly, "talkmine 1.0 aaaa", 2),
                new Step(jsonOnly, "talkmine 1.0 bbbb", 0), // another gazetteer: everything again
                new Step(both, "talkmine 1.0 aaaa", 0),     // the files now hold bbbb's results
                new Step(both, "talkmine 1.0 aaaa", 2));
        for (Step step : steps) {
            processed.clear();
            BatchResult r;
            try (BatchWriter w = BatchWriter.open(out, step.formats(), step.setup())) {
                r = runner.run(inputs, w, new ByteArrayInputStream(new byte[0]), n -> { }, errors::add);
            }
            assertThat(r.restored()).as("%s", step).isEqualTo(step.restored());
            assertThat(processed).as("%s", step).hasSize(2 - step.restored());
        }
    }

    @Test
    void failedReportsAreTriedAgainOnResume() throws Exception {
        List<Input> inputs = inputs("a.txt");
        Files.writeString(tmp.resolve("in/empty.txt"), "");
        inputs = Inputs.expand(List.of(tmp.resolve("in").toString()));
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(this::process, DocumentReader.utf8(), 1);
        run(runner, inputs, out);
        String first = Files.readString(out.resolve("errors.csv"));
        BatchResult r = run(runner.resuming(true), inputs, out);
        assertThat(r.failed()).isEqualTo(1);
        assertThat(r.restored()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("errors.csv"))).isEqualTo(first).contains("empty report");
    }

    @Test
    void anySinkGetsEachReportOrItsFailureOnce() throws Exception {
        List<Input> inputs = inputs("a.txt", "b.txt");
        Files.writeString(tmp.resolve("in/empty.txt"), "");
        inputs = Inputs.expand(List.of(tmp.resolve("in").toString()));
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ReportSink sink = new ReportSink() {
            @Override
            public void add(int order, Report report) {
                seen.add(order + " " + report.document().id());
            }

            @Override
            public void fail(int order, String file, Failure failure) {
                seen.add(order + " failed at " + failure.stage());
            }
        };
        BatchResult r = new BatchRunner(this::process, DocumentReader.utf8(), 2)
                .run(inputs, List.of(sink), new ByteArrayInputStream(new byte[0]), n -> { }, errors::add);
        assertThat(r).isEqualTo(new BatchResult(2, 1, 0, 2));
        assertThat(seen).containsExactlyInAnyOrder("0 a", "1 b", "2 failed at read");
        assertThat(errors).singleElement().asString().contains("empty.txt: read: ");
    }
}
