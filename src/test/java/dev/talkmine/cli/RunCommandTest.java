package dev.talkmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.output.WorkbookCells;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI through picocli's execute, as a user runs it. */
class RunCommandTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path batch() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/nested"));
        Files.writeString(in.resolve("good.txt"), "Notes\n\nIntro.\n\nLena Fischer gave a talk \"Caching with Redis.\" It was good.\n");
        Files.writeString(in.getParent().resolve("other.md"), "# Day\n\n- *Faster tests* by Omar Haddad\n- Parsing JSON by Ivy Chen\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talk by Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("ignored.pdf"), "not a report");
        return in.getParent();
    }

    @Test
    void aBatchWithBadFilesWritesTheGoodOnesAndExitsWith4() throws Exception {
        Path outDir = tmp.resolve("out");
        int code = run("run", batch().toString(), "-o", outDir.toString(), "-q", "--threads", "2");
        assertThat(code).isEqualTo(4);
        assertThat(outDir.resolve("good.json")).exists();
        assertThat(outDir.resolve("other.json")).exists();
        assertThat(outDir.resolve("empty.json")).doesNotExist();
        List<String> errors = Files.readAllLines(outDir.resolve("errors.csv"));
        assertThat(errors.get(0)).isEqualTo("file,stage,reason");
        assertThat(String.join("\n", errors)).contains("empty.txt").contains("binary.txt").contains("latin1.txt")
                .contains("empty report").contains("binary").contains("UTF-8");
        assertThat(err.toString()).contains("3 failed").contains("errors.csv");
        JsonNode good = new ObjectMapper().readTree(outDir.resolve("good.json").toFile());
        assertThat(good.get("schema").asText()).isEqualTo("talkmine/1");
        assertThat(good.get("talks").get(0).get("title").asText()).isEqualTo("Caching with Redis");
        String talks = Files.readString(outDir.resolve("talks.csv"));
        assertThat(talks).contains("Omar Haddad").contains("Lena Fischer");
        assertThat(Files.readString(outDir.resolve("index.html"))).contains("Lena Fischer").contains("Failed inputs")
                .contains("empty.txt");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
        }
    }

    @Test
    void outputsAreIdenticalWithOneOrTwoThreads() throws Exception {
        Path in = batch();
        run("run", in.toString(), "-o", tmp.resolve("one").toString(), "-q", "--threads", "1");
        run("run", in.toString(), "-o", tmp.resolve("two").toString(), "-q", "--threads", "2");
        for (String f : List.of("talks.csv", "mentions.csv", "entities.csv", "errors.csv", "talkmine.xlsx", "good.json",
                "other.json", "index.html")) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(f)));
        }
    }

    @Test
    void encodingOptionReadsLatin1() throws Exception {
        Path f = tmp.resolve("l1.txt");
        Files.write(f, "Notes\n\nIntro.\n\nJos\u00e9 Garc\u00eda gave a talk \"Caf\u00e9 Systems.\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("run", f.toString(), "-o", tmp.resolve("o").toString(), "-q", "--encoding", "ISO-8859-1")).isZero();
        assertThat(Files.readString(tmp.resolve("o/l1.json"))).contains("Caf\u00e9 Systems");
    }

    @Test
    void noHtmlLeavesOutTheOverview() throws Exception {
        Files.writeString(tmp.resolve("r.txt"), "Notes\n\nIntro.\n\nKai Berg gave a talk \"Zorb.\"\n");
        assertThat(run("run", tmp.resolve("r.txt").toString(), "-o", tmp.resolve("o").toString(), "-q", "--no-html")).isZero();
        assertThat(tmp.resolve("o/r.json")).exists();
        assertThat(tmp.resolve("o/index.html")).doesNotExist();
    }

    @Test
    void theWorkbookIsADefaultFormatAndCsvCanStartWithAByteOrderMark() throws Exception {
        Path r = Files.writeString(tmp.resolve("r.txt"), "Notes\n\nIntro.\n\nZo\u00eb \u00c5ngstr\u00f6m gave a talk \"Zorb.\"\n");
        assertThat(run("run", r.toString(), "-o", tmp.resolve("all").toString(), "-q")).isZero();
        assertThat(tmp.resolve("all/talkmine.xlsx")).exists();
        WorkbookCells.assertMatchesCsv(tmp.resolve("all"));
        assertThat(Files.readAllBytes(tmp.resolve("all/talks.csv"))).startsWith("report,".getBytes(StandardCharsets.US_ASCII));

        assertThat(run("run", r.toString(), "-o", tmp.resolve("bom").toString(), "-q", "--format", "csv", "--csv-bom")).isZero();
        assertThat(tmp.resolve("bom/talkmine.xlsx")).doesNotExist();
        for (String table : List.of("talks.csv", "mentions.csv", "entities.csv", "errors.csv")) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("bom").resolve(table));
            assertThat(bytes).as(table).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).as(table)
                    .isEqualTo(Files.readString(tmp.resolve("all").resolve(table)));
        }

        assertThat(run("run", r.toString(), "-o", tmp.resolve("x").toString(), "-q", "--format", "xlsx")).isZero();
        assertThat(tmp.resolve("x/talkmine.xlsx")).exists();
        assertThat(tmp.resolve("x/talks.csv")).doesNotExist();
        assertThat(tmp.resolve("x/r.json")).doesNotExist();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("run")).isEqualTo(2);
        assertThat(run("run", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder");
        assertThat(run("run", tmp.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void malformedGazetteerExitsWith3NamingFileAndLine() throws Exception {
        Path g = tmp.resolve("ours.tsv");
        Files.writeString(g, "name\ttype\tcategory\taliases\tambiguous\nWidgetDB\tTECHNOLOGY\tdatabase\nBad\tGADGET\n");
        Files.writeString(tmp.resolve("r.txt"), "Hello.\n");
        assertThat(run("run", tmp.resolve("r.txt").toString(), "--gazetteer", g.toString(), "-o", tmp.resolve("o").toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("ours.tsv:3").contains("GADGET");
    }

    @Test
    void userGazetteerAddsTechnologies() throws Exception {
        Path g = tmp.resolve("ours.tsv");
        Files.writeString(g, "name\ttype\tcategory\taliases\tambiguous\nZorbDB\tTECHNOLOGY\tdatabase\tzorb\tno\n");
        Path r = tmp.resolve("r.txt");
        Files.writeString(r, "Notes\n\nIntro.\n\nKai Berg gave a talk about moving to zorb at work.\n");
        assertThat(run("run", r.toString(), "--gazetteer", g.toString(), "-o", tmp.resolve("o").toString(), "-q")).isZero();
        assertThat(Files.readString(tmp.resolve("o/entities.csv"))).contains("ZorbDB,TECHNOLOGY,database");
    }

    @Test
    void anOutputFolderAtOrAboveTheInputFolderKeepsTheInputs() throws Exception {
        Path proj = tmp.resolve("proj");
        Path reports = Files.createDirectories(proj.resolve("reports"));
        Files.writeString(reports.resolve("r.txt"), "Notes\n\nIntro.\n\nKai Berg gave a talk \"Zorb.\"\n");
        // cd proj; talkmine run reports/ -o .
        assertThat(run("run", reports.toString(), "-o", proj.toString(), "-q")).isZero();
        assertThat(proj.resolve("r.json")).exists();
        // cd reports; talkmine run . -o .   twice: the second run does not read the first one's index.html
        for (int i = 0; i < 2; i++) {
            assertThat(run("run", reports.resolve(".").toString(), "-o", reports.resolve(".").toString(), "-q")).isZero();
        }
        assertThat(reports.resolve("r.json")).exists();
        assertThat(reports.resolve("index.json")).doesNotExist();
        assertThat(err.toString()).doesNotContain("skipped");
    }

    @Test
    void earlierRunsInsideTheInputFolderAreNotReadBack() throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("r.txt"), "Notes\n\nIntro.\n\nKai Berg gave a talk \"Zorb.\"\n");
        // cd reports; talkmine run . -o out; talkmine run . -o out2; talkmine run . -o out3
        for (String out : List.of("out", "out2", "out3")) {
            assertThat(run("run", reports.toString(), "-o", reports.resolve(out).toString(), "-q")).isZero();
        }
        try (Stream<Path> files = Files.list(reports.resolve("out3"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))).containsExactly("r.json");
        }
        assertThat(Files.readAllLines(reports.resolve("out3/talks.csv"))).hasSize(2);
        assertThat(err.toString()).contains(reports.resolve("out") + ": skipped: it holds the outputs of a talkmine run");
    }

    @Test
    void aReportOfOneParagraphHasItsTalk() throws Exception {
        Files.writeString(tmp.resolve("one.txt"), "Lena Fischer gave a talk \"Caching with Redis\" about cache invalidation.\n");
        assertThat(run("run", tmp.resolve("one.txt").toString(), "-o", tmp.resolve("o").toString(), "-q")).isZero();
        JsonNode talks = new ObjectMapper().readTree(tmp.resolve("o/one.json").toFile()).get("talks");
        assertThat(talks).hasSize(1);
        assertThat(talks.get(0).get("title").asText()).isEqualTo("Caching with Redis");
    }

    @Test
    void aRunEndsWithASummaryLineUnlessQuiet() throws Exception {
        // stderr is no terminal here, as in a script or CI log
        Path out = tmp.resolve("o");
        assertThat(run("run", batch().toString(), "-o", out.toString(), "--threads", "2")).isEqualTo(4);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("talkmine: 2 reports, 3 talks, 3 errors \u2192 " + out);

        Files.writeString(tmp.resolve("r.txt"), "Notes\n\nIntro.\n\nKai Berg gave a talk \"Zorb.\"\n");
        err.getBuffer().setLength(0);
        assertThat(run("run", tmp.resolve("r.txt").toString(), "-o", out.toString())).isZero();
        assertThat(err.toString()).isEqualTo("talkmine: 1 report, 1 talk, 0 errors \u2192 " + out + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("run", tmp.resolve("r.txt").toString(), "-o", out.toString(), "-q")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void topLevelHelpGivesEachCommandsWholeDescription() {
        assertThat(run("--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("explain Prints each passage of a report with its decision and the rule that made it,"
                        + " each talk's attributes with their evidence, the sentences chosen as its summary with their"
                        + " probabilities, the author's verdict with the sentence that states it, and (with --entities)"
                        + " each entity's mentions, sources and merges.")
                .contains("eval Scores talkmine's JSON against gold annotations (<report>.gold.json) with the numbers"
                        + " of the reference scorer score.py")
                .contains("See docs/evaluation.md. bench")
                .contains("mentions.csv, entities.csv");
    }

    @Test
    void eachCommandsHelpWrapsItsDescriptionAsOneParagraph() {
        for (String command : List.of("run", "explain", "eval", "train", "bench")) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            List<String> lines = out.toString().lines().toList();
            int first = 0;
            while (lines.get(first).startsWith("Usage:") || lines.get(first).startsWith(" ")) {
                first++;
            }
            int end = first;
            while (!lines.get(end).startsWith(" ")) {
                end++;
            }
            // a description given as several strings breaks where the strings do, leaving short lines
            assertThat(lines.subList(first, end - 1)).as("%s --help", command).allSatisfy(l -> assertThat(l).hasSizeGreaterThan(60));
        }
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run").contains("Exit codes");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("talkmine");
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString()).contains("--threads").contains("--format").contains("--gazetteer");
    }
}
