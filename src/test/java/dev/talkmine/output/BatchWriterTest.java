package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.Report;
import dev.talkmine.output.BatchWriter.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writesJsonAndFourCsvTables() throws IOException {
        Path dir = tmp.resolve("out/nested");
        try (BatchWriter w = BatchWriter.open(dir, Set.of(Format.JSON, Format.CSV))) {
            w.write(0, TestReports.tiny("a"));
            assertThat(dir.resolve("a.json")).exists(); // written at once, not on close
            assertThat(dir.resolve("talks.csv")).doesNotExist();
        }
        assertThat(names(dir)).containsExactly("a.json", "entities.csv", "errors.csv", "mentions.csv", "talks.csv");
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(ReportJson.toJson(TestReports.tiny("a")));
        assertThat(Files.readString(dir.resolve("errors.csv"))).isEqualTo("file,stage,reason\r\n");
        String talks = Files.readString(dir.resolve("talks.csv"));
        assertThat(talks).startsWith(CsvTables.Table.TALKS.header() + "a,1,keynote,Python 3,");
        byte[] bytes = Files.readAllBytes(dir.resolve("talks.csv"));
        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) 'r');
    }

    @Test
    void jsonOnlyWritesNoCsv() throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.JSON))) {
            w.write(0, TestReports.tiny("a"));
            w.fail(1, "b.txt", "read", "not UTF-8");
        }
        assertThat(names(tmp)).containsExactly("a.json");
    }

    @Test
    void csvOnlyWritesNoJson() throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.CSV))) {
            w.write(0, TestReports.tiny("a"));
        }
        assertThat(names(tmp)).containsExactly("entities.csv", "errors.csv", "mentions.csv", "talks.csv");
    }

    @Test
    void errorsAreSortedByOrderAndQuoted() throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.CSV))) {
            w.fail(7, "z.html", "segment", "stage 'segment' failed: java.lang.IllegalStateException: boom");
            w.write(3, TestReports.tiny("x"));
            w.fail(2, "a, b.txt", "read", "malformed input\nat byte 12");
            w.fail(7, "z.html", "summarise", "second problem");
        }
        assertThat(Files.readString(tmp.resolve("errors.csv"))).isEqualTo("""
                file,stage,reason\r
                "a, b.txt",read,"malformed input
                at byte 12"\r
                z.html,segment,stage 'segment' failed: java.lang.IllegalStateException: boom\r
                z.html,summarise,second problem\r
                """);
    }

    @Test
    void outputIsByteIdenticalWhateverTheOrderAndThreads() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reports.add(TestReports.tiny(String.format("r%02d", i)));
        }
        Path sequential = tmp.resolve("seq");
        try (BatchWriter w = BatchWriter.open(sequential, Set.of(Format.JSON, Format.CSV))) {
            for (int i = 0; i < reports.size(); i++) {
                w.write(i, reports.get(i));
                if (i % 9 == 0) {
                    w.fail(i + 1000, "bad" + i + ".txt", "read", "reason " + i);
                }
            }
        }
        for (int run = 0; run < 3; run++) {
            Path parallel = tmp.resolve("par" + run);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(run));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try (BatchWriter w = BatchWriter.open(parallel, Set.of(Format.JSON, Format.CSV))) {
                List<Future<?>> done = new ArrayList<>();
                for (int i : order) {
                    done.add(pool.submit(() -> {
                        w.write(i, reports.get(i));
                        if (i % 9 == 0) {
                            w.fail(i + 1000, "bad" + i + ".txt", "read", "reason " + i);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(contents(parallel)).isEqualTo(contents(sequential));
        }
        String talks = Files.readString(sequential.resolve("talks.csv"));
        assertThat(talks.indexOf("r00,")).isLessThan(talks.indexOf("r01,"));
        assertThat(talks.lines().count()).isEqualTo(41);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../evil", "a/b", "a\\b", "/abs", "a..b", ".hidden", "nul\0byte",
            "tab\there", "new\nline", "c:drive", "what?", "pipe|", "bad\uD800surrogate"})
    void unsafeIdsAreRejected(String id) throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.JSON, Format.CSV))) {
            assertThatThrownBy(() -> w.write(0, TestReports.tiny(id))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("report id");
            // a rejected id does not use up its order
            w.write(0, TestReports.tiny("ok"));
        }
        assertThat(names(tmp)).contains("ok.json").noneMatch(n -> n.contains("tmp"));
        // "../evil" would land beside the output folder; walking all of /tmp would race with other processes
        assertThat(tmp.getParent().resolve("evil.json")).doesNotExist();
    }

    @Test
    void reasonableIdsAreAccepted() throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.JSON))) {
            int i = 0;
            for (String id : List.of("europython-2015", "PyCon_DE 2019", "rapport.été", "日本語", "talk🐍", "a.b-c_d",
                    "x".repeat(ReportFileName.MAX_ID_BYTES))) {
                w.write(i++, TestReports.tiny(id));
            }
            assertThatThrownBy(() -> w.write(100, TestReports.tiny("x".repeat(ReportFileName.MAX_ID_BYTES + 1))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(names(tmp)).contains("日本語.json", "talk🐍.json", "PyCon_DE 2019.json");
    }

    @Test
    void repeatedIdsAndOrdersAreRejected() throws IOException {
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.JSON, Format.CSV))) {
            w.write(0, TestReports.tiny("a"));
            assertThatThrownBy(() -> w.write(1, TestReports.tiny("a"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already written");
            assertThatThrownBy(() -> w.write(0, TestReports.tiny("b"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("order 0");
            w.write(1, TestReports.tiny("b"));
        }
        assertThat(Files.readString(tmp.resolve("talks.csv")).lines().count()).isEqualTo(3);
    }

    @Test
    void closedWriterRejectsWritesAndCloseIsIdempotent() throws IOException {
        BatchWriter w = BatchWriter.open(tmp, Set.of(Format.CSV));
        w.close();
        w.close();
        assertThatThrownBy(() -> w.write(0, TestReports.tiny())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> w.fail(0, "f", "read", "r")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noFormatIsAnError() {
        assertThatThrownBy(() -> BatchWriter.open(tmp, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void existingOutputsAreReplacedAndNoTempFilesRemain() throws IOException {
        Files.writeString(tmp.resolve("a.json"), "old, much longer content than ever...".repeat(200));
        Files.writeString(tmp.resolve("talks.csv"), "stale");
        try (BatchWriter w = BatchWriter.open(tmp, Set.of(Format.JSON, Format.CSV))) {
            w.write(0, TestReports.tiny("a"));
        }
        assertThat(Files.readString(tmp.resolve("a.json"))).isEqualTo(ReportJson.toJson(TestReports.tiny("a")));
        assertThat(Files.readString(tmp.resolve("talks.csv"))).startsWith("report,");
        assertThat(names(tmp)).noneMatch(n -> n.startsWith("."));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    /** The output files, without the .talkmine folder of per-report rows kept for --resume. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals(".talkmine"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String n : names(dir)) {
            m.put(n, new String(Files.readAllBytes(dir.resolve(n)), StandardCharsets.ISO_8859_1));
        }
        return m;
    }
}
