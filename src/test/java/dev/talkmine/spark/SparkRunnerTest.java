package dev.talkmine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.batch.BatchResult;
import dev.talkmine.batch.BatchRunner;
import dev.talkmine.batch.Input;
import dev.talkmine.batch.Inputs;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.output.CsvTables.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner in {@code local[2]} against the local runner (BatchRunner + BatchWriter, as the
 * CLI runs them) on the same folder: the seed report, small reports of our own in txt, md and html
 * (one in a subfolder, one with a stem that repeats), and bad files. Same reports, same JSON, same
 * CSV rows, same errors.
 */
class SparkRunnerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SparkSession spark;
    private static Talkmine local;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("talkmine-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toUri().toString())
                .getOrCreate();
        local = Talkmine.builder().build(); // the local runner's own pipeline, not the executors' cache
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The seed report and the test reports (resources), with an invalid UTF-8 and an empty file. */
    private static Path devReports() throws Exception {
        Path dir = tmp.resolve("reports");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path res = Path.of(SparkRunnerTest.class.getResource("reports").toURI());
        try (Stream<Path> s = Files.walk(res)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(res.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.copy(Path.of("input/europython-2015.txt"), dir.resolve("europython-2015.txt"));
        return dir;
    }

    @Test
    void sparkGivesTheLocalRunnersReportsAndTables() throws Exception {
        Path in = devReports();
        int buildsBefore = PipelineCache.builds();
        Path sparkOut = tmp.resolve("spark");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(new String[] {in.toString(), sparkOut.toString(), "--format", "csv,json,parquet",
                "--partitions", "4"}, spark, new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isEqualTo(4); // two bad files
        assertThat(stderr).contains("5 of 7 reports processed, 2 failed");
        // one pipeline for all four partitions (local mode: driver and executor share the JVM)
        assertThat(PipelineCache.builds() - buildsBefore).isLessThanOrEqualTo(1);
        assertThat(PipelineCache.builds()).isGreaterThanOrEqualTo(1);

        Path cliOut = runLocally(in, tmp.resolve("cli"));
        compare(cliOut, sparkOut);

        Map<String, JsonNode> reports = sparkJson(sparkOut);
        assertThat(reports.keySet()).containsExactly("europython-2015", "jsconf-notes", "devops-days",
                "rust-meetup-berlin", "rust-meetup-berlin-2");
        assertThat(reports.get("europython-2015").get("talks").size()).isGreaterThan(15);
        assertThat(reports.get("devops-days").get("source").get("path").asText())
                .isEqualTo(in + "/more/devops-days.txt");
        List<List<String>> errors = sparkCsv(sparkOut.resolve("errors.csv"));
        assertThat(errors).extracting(r -> r.get(0)).containsExactly("file", in + "/broken-latin1.txt", in + "/empty.md");
    }

    @Test
    void theDevCorpusGivesTheSameOutputsToo() throws Exception {
        Path dev = Path.of("../shared/corpus/dev");
        assumeTrue(Files.isDirectory(dev), "no ../shared/corpus/dev here");
        Path sparkOut = tmp.resolve("spark-dev");
        try (SparkReports r = new SparkRunner(PipelineConfig.defaults()).process(spark, List.of(dev.toString()))) {
            BatchResult result = r.write(sparkOut.toString(), EnumSet.of(SparkReports.Format.JSON, SparkReports.Format.CSV), true);
            assertThat(result.failed()).isZero();
        }
        compare(runLocally(dev, tmp.resolve("cli-dev")), sparkOut);
    }

    @Test
    void badUsageAndMissingInputExitWith2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(SparkMain.run(new String[] {"only-one"}, spark, ps)).isEqualTo(2);
        assertThat(SparkMain.run(new String[] {tmp.resolve("nope").toString(), tmp.resolve("o").toString()}, spark, ps))
                .isEqualTo(2);
        assertThat(SparkMain.run(new String[] {"a", "b", "--format", "xml"}, spark, ps)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder").contains("unknown format 'xml'");
    }

    @Test
    void jsonLinesParseToTheCliJsonWithTheReportId() throws Exception {
        String pretty = "{\n  \"schema\": \"talkmine/1\",\n  \"text\": \"a \\\"b\\\"\\n  c\",\n  \"talks\": [],\n"
                + "  \"entities\": [\n    {\n      \"confidence\": 0.93\n    }\n  ]\n}\n";
        String line = ReportProcessor.jsonLine("ep\"15", pretty);
        assertThat(line).doesNotContain("\n").startsWith("{\"report\": \"ep\\\"15\",\"schema\"");
        ObjectNode parsed = (ObjectNode) MAPPER.readTree(line);
        assertThat(parsed.remove("report").asText()).isEqualTo("ep\"15");
        assertThat(parsed).isEqualTo(MAPPER.readTree(pretty));
    }

    // ---- the local runner and the comparison ----

    private static Path runLocally(Path in, Path out) throws IOException {
        List<Input> batch = Inputs.expand(List.of(in.toString()));
        try (BatchWriter w = BatchWriter.open(out, EnumSet.of(BatchWriter.Format.JSON, BatchWriter.Format.CSV))) {
            new BatchRunner(local, DocumentReader.utf8(), 2)
                    .run(batch, w, new ByteArrayInputStream(new byte[0]), n -> { }, line -> { });
        }
        return out;
    }

    /** Report by report: JSON (talks, entities, all of it), then every table's header and rows. */
    private static void compare(Path cliOut, Path sparkOut) throws IOException {
        Map<String, JsonNode> spark = sparkJson(sparkOut);
        Map<String, JsonNode> cli = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(cliOut)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = p.getFileName().toString();
                cli.put(name.substring(0, name.length() - ".json".length()), MAPPER.readTree(p.toFile()));
            }
        }
        assertThat(spark.keySet()).containsExactlyInAnyOrderElementsOf(cli.keySet());
        for (var e : cli.entrySet()) {
            JsonNode mine = spark.get(e.getKey());
            assertThat(mine.get("talks")).as("talks of %s", e.getKey()).isEqualTo(e.getValue().get("talks"));
            assertThat(mine.get("entities")).as("entities of %s", e.getKey()).isEqualTo(e.getValue().get("entities"));
            assertThat(mine).as("JSON of %s", e.getKey()).isEqualTo(e.getValue());
        }
        for (Table t : Table.values()) {
            String name = t.name().toLowerCase(Locale.ROOT);
            List<List<String>> expected = csv(Files.readString(cliOut.resolve(name + ".csv")));
            assertThat(expected.get(0)).isEqualTo(t.columns());
            assertThat(sparkCsv(sparkOut.resolve(name + ".csv"))).as(name + ".csv").isEqualTo(expected);
            Path parquet = sparkOut.resolve(name + ".parquet");
            if (Files.isDirectory(parquet)) {
                List<String> rows = spark().read().parquet(parquet.toString()).collectAsList().stream()
                        .map(SparkRunnerTest::cells).sorted().toList();
                List<String> want = expected.subList(1, expected.size()).stream().map(r -> String.join("\u0001", r))
                        .sorted().toList();
                assertThat(rows).as(name + ".parquet").isEqualTo(want);
            }
        }
    }

    private static SparkSession spark() {
        return spark;
    }

    private static String cells(Row r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
        }
        return String.join("\u0001", out);
    }

    /** The JSON lines by report id, without the id field, in file order. */
    private static Map<String, JsonNode> sparkJson(Path sparkOut) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Path part : parts(sparkOut.resolve("reports.jsonl"))) {
            for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                ObjectNode n = (ObjectNode) MAPPER.readTree(line);
                out.put(n.remove("report").asText(), n);
            }
        }
        return out;
    }

    /** A Spark CSV output: its part files in order, one header kept. */
    private static List<List<String>> sparkCsv(Path dir) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Path part : parts(dir)) {
            List<List<String>> rows = csv(Files.readString(part, StandardCharsets.UTF_8));
            if (rows.isEmpty()) {
                continue;
            }
            out.addAll(out.isEmpty() ? rows : rows.subList(1, rows.size()));
        }
        return out;
    }

    private static List<Path> parts(Path dir) throws IOException {
        assertThat(dir.resolve("_SUCCESS")).exists();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static List<List<String>> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return p.getRecords().stream().map(CSVRecord::toList).collect(Collectors.toList());
        }
    }
}
