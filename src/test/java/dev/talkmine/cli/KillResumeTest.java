package dev.talkmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.testing.OutputDirs;
import dev.talkmine.testing.SyntheticReports;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a batch, for real, on a child JVM; then {@code --resume}
 * finishes the batch, and every output equals an uninterrupted run's byte for byte.
 */
class KillResumeTest {
    static final int REPORTS = 14;

    @TempDir
    Path tmp;

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Random r = new Random(2024);
        for (int i = 0; i < REPORTS; i++) {
            Files.writeString(in.resolve(String.format("report-%02d.txt", i)), SyntheticReports.report(r, 25 + r.nextInt(10)));
        }
        Files.writeString(in.resolve("report-99-empty.txt"), "  \n"); // a failure too: rows in errors.csv
        return in;
    }

    private static int runInProcess(StringWriter err, String... args) {
        return Cli.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    private static long jsonFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void resumeAfterKill9FinishesTheBatchWithTheSameBytesAsAnUninterruptedRun() throws Exception {
        Path in = inputs();
        Path reference = tmp.resolve("reference");
        assertThat(runInProcess(new StringWriter(), "run", in.toString(), "-o", reference.toString(), "-q", "--threads", "2"))
                .isEqualTo(4);

        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", in.toString(), "-o", out.toString(), "-q", "--threads", "1"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (jsonFiles(out) < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("child still running when 3 reports were written; its log: %s",
                Files.exists(tmp.resolve("child.log")) ? Files.readString(tmp.resolve("child.log")) : "").isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        child.waitFor();
        long written = jsonFiles(out);
        assertThat(written).as("killed mid-batch").isBetween(3L, (long) REPORTS - 1);
        assertThat(out.resolve("talks.csv")).as("tables are written at the end only").doesNotExist();

        StringWriter err = new StringWriter();
        int code = runInProcess(err, "run", in.toString(), "-o", out.toString(), "--resume", "--threads", "2");
        assertThat(code).isEqualTo(4); // the empty report fails again, as in the reference
        assertThat(err.toString()).contains("--resume: ").contains("were already complete");
        int restored = Integer.parseInt(err.toString().replaceAll("(?s).*--resume: (\\d+) of.*", "$1"));
        assertThat(restored).isGreaterThanOrEqualTo((int) written - 1); // one may have lost its rows file to the kill

        assertThat(OutputDirs.contents(out)).isEqualTo(OutputDirs.contents(reference));
        assertThat(OutputDirs.contents(out).keySet()).noneMatch(n -> n.contains(".tmp-"))
                .contains("talks.csv", "mentions.csv", "entities.csv", "errors.csv", "index.html", "report-00.json");
        String talks = Files.readString(out.resolve("talks.csv"));
        for (int i = 0; i < REPORTS; i++) {
            assertThat(talks).contains(String.format("\r\nreport-%02d,1,", i));
        }
    }

    @Test
    void resumeWithNothingDoneProcessesEverything() throws Exception {
        Path in = tmp.resolve("in2");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), SyntheticReports.report(new Random(1), 3));
        StringWriter err = new StringWriter();
        assertThat(runInProcess(err, "run", in.toString(), "-o", tmp.resolve("o").toString(), "--resume", "-q")).isZero();
        assertThat(err.toString()).doesNotContain("already complete");
        assertThat(tmp.resolve("o/a.json")).exists();
        assertThat(new File(tmp.resolve("o/talks.csv").toString())).exists();
    }
}
