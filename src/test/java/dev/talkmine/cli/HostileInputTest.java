package dev.talkmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.output.WorkbookCells;
import dev.talkmine.testing.OutputDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd and hostile files in one batch: each is processed with correct offsets or becomes an
 * errors.csv row with a clear reason; the batch finishes with exit code 4; outputs stay inside
 * the output folder, formula cells are neutralised, no input is modified, and the bytes are the
 * same with 1 or 2 threads and from run to run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    static final String TALK = "Lena Fischer from Initech gave a talk \"Caching with Redis.\" She compared Redis and Kafka.";

    Path tmp;
    Path in;
    Path out;
    int code;
    String stderr;
    Map<String, FileTime> mtimes = new LinkedHashMap<>();
    Map<String, byte[]> bytes = new LinkedHashMap<>();

    private static int run(StringWriter err, String... args) {
        return Cli.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(in.resolve(name), content);
    }

    private void write(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @BeforeAll
    void runTheBatch(@TempDir Path dir) throws Exception {
        tmp = dir;
        in = Files.createDirectories(tmp.resolve("in"));
        String report = "Notes from DevConf 2024\n\nIntro.\n\n" + TALK + "\n";
        write("empty.txt", "");
        write("whitespace-only.txt", "  \n\t\r\n   \n");
        write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("invalid-utf8.txt", concat("Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28, ' ', 'x'}));
        write("bom-utf8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, report.getBytes(StandardCharsets.UTF_8)));
        write("bom-utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, report.getBytes(StandardCharsets.UTF_16LE)));
        write("bom-utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, report.getBytes(StandardCharsets.UTF_16BE)));
        write("latin1-without-encoding.txt", "Caf\u00e9 notes by Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        write("crlf.txt", report.replace("\n", "\r\n"));
        write("lone-cr.txt", report.replace("\n", "\r"));
        write("scripts.html", "<html><head><style>p{color:red}</style><script>var s = \"Evil Speaker gave a talk\";</script>"
                + "</head><body><h1>DevConf</h1><p>Intro.<p>" + TALK + "<div><b>unclosed <i>tags <script>alert(1)</script>"
                + "<p>Jonas Berg presented \"Rust at the edge\".</i></span></td></body>");
        write("code-and-tables.md", "# DevConf\n\nIntro.\n\n" + TALK + "\n\n```java\n// Jonas Berg gave a talk \"Not a talk\"\n"
                + "System.out.println(\"=cmd\");\n```\n\n| Talk | Speaker |\n|---|---|\n| Rust at the edge | Jonas Berg |\n"
                + "| Kafka streams | Aiko Tanaka |\n\n    indented code by Samir Haddad\n");
        write("zero-width-and-control.txt", "Notes\u200B\u200C\u200D\uFEFF\n\nIntro.\u0001\u0007\u001B[31m\n\n"
                + TALK.replace("Caching", "Cach\u00ADing\u200B") + "\u000B\u000C\u0085\u2028\u2029 end.\n");
        write("right-to-left.txt", "\u05D4\u05E2\u05E8\u05D5\u05EA \u05DE\u05D4\u05DB\u05E0\u05E1\n\n"
                + "\u0645\u0644\u0627\u062D\u0638\u0627\u062A \u0627\u0644\u0645\u0624\u062A\u0645\u0631. \u202EdesreveR\u202C\n\n"
                + TALK + " \u0634\u0643\u0631\u0627.\n");
        write("emoji-and-astral.txt", "\uD83C\uDF89 Notes \uD835\uDD07\uD835\uDD22\uD835\uDD33\n\nIntro \uD83D\uDC4B\uD83C\uDFFD.\n\n"
                + "\uD83E\uDD80 " + TALK.replace("Redis.", "Redis \uD83D\uDE80.") + " \uD83D\uDC69\u200D\uD83D\uDCBB Jonas Berg"
                + " presented \"\uD835\uDD18nicode in Rust\".\n");
        write("no-talks.txt", "Travel notes\n\nThe train was late. The hotel was fine and the weather was nice.\n");
        write("=SUM(1+1).txt", report);
        write("@cmd.md", "# DevConf\n\nIntro.\n\n" + TALK + "\n");
        write("a\\b..c.txt", report);
        write("tab\tand\nnewline.txt", report);
        write("ignored.pdf", "%PDF-1.4 not a report");
        try (Stream<Path> s = Files.list(in)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                mtimes.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
                bytes.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        code = run(err, "run", in.toString(), "-o", out.toString(), "-q", "--threads", "2");
        stderr = err.toString();
    }

    private Map<String, List<String>> errorRows() throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (CSVRecord r : csv("errors.csv")) {
            m.put(Path.of(r.get("file")).getFileName().toString(), List.of(r.get("stage"), r.get("reason")));
        }
        return m;
    }

    private List<CSVRecord> csv(String name) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(out.resolve(name)))).getRecords();
    }

    /** Reads the report's JSON and checks that every offset lies inside its text and covers exactly the mention's text. */
    private JsonNode processed(String id) throws IOException {
        Path f = out.resolve(id + ".json");
        assertThat(f).as(id + " processed").exists();
        JsonNode j = new ObjectMapper().readTree(f.toFile());
        String text = j.get("text").asText();
        int prevEnd = 0;
        for (JsonNode t : j.get("talks")) {
            assertThat(t.get("start").asInt()).isGreaterThanOrEqualTo(prevEnd).isLessThanOrEqualTo(t.get("end").asInt());
            assertThat(t.get("end").asInt()).isLessThanOrEqualTo(text.length());
            prevEnd = t.get("end").asInt();
        }
        for (JsonNode e : j.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                int s = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertThat(end).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(s, end)).as(id + " mention at " + s).isEqualTo(m.get("text").asText());
            }
        }
        return j;
    }

    private static List<String> mentionTexts(JsonNode j) {
        List<String> l = new ArrayList<>();
        j.get("entities").forEach(e -> e.get("mentions").forEach(m -> l.add(m.get("text").asText())));
        return l;
    }

    @Test
    void theBatchFinishesWithExitCode4AndNamesTheFailures() {
        assertThat(code).isEqualTo(4);
        assertThat(stderr).contains("5 failed").contains("errors.csv");
    }

    @Test
    void unreadableFilesAreErrorRowsWithClearReasons() throws IOException {
        Map<String, List<String>> errors = errorRows();
        assertThat(errors.keySet()).containsExactlyInAnyOrder("binary.txt", "empty.txt", "invalid-utf8.txt",
                "latin1-without-encoding.txt", "whitespace-only.txt");
        assertThat(errors.get("empty.txt")).containsExactly("read", errors.get("empty.txt").get(1));
        assertThat(errors.get("empty.txt").get(1)).endsWith("empty report");
        assertThat(errors.get("whitespace-only.txt").get(1)).endsWith("empty report");
        assertThat(errors.get("binary.txt").get(1)).contains("looks like a binary file (NUL byte at offset 8)");
        assertThat(errors.get("invalid-utf8.txt").get(1)).contains("not valid UTF-8 at byte offset 3 (byte 0xC3)")
                .contains("--encoding");
        assertThat(errors.get("latin1-without-encoding.txt").get(1)).contains("not valid UTF-8 at byte offset 3");
    }

    @Test
    void byteOrderMarksDecideTheEncodingAndAreNotText() throws IOException {
        for (String id : List.of("bom-utf8", "bom-utf16le", "bom-utf16be")) {
            JsonNode j = processed(id);
            assertThat(j.get("text").asText()).as(id).startsWith("Notes from DevConf 2024\n");
            assertThat(j.get("talks").get(0).get("title").asText()).as(id).isEqualTo("Caching with Redis");
        }
    }

    @Test
    void lineEndsOfEveryKindKeepTheTextAndItsOffsets() throws IOException {
        JsonNode crlf = processed("crlf");
        assertThat(crlf.get("text").asText()).contains("Intro.\r\n\r\nLena");
        assertThat(crlf.get("talks").get(0).get("title").asText()).isEqualTo("Caching with Redis");
        JsonNode cr = processed("lone-cr");
        assertThat(cr.get("text").asText()).contains("Intro.\r\rLena");
        assertThat(mentionTexts(cr)).contains("Lena Fischer", "Redis");
    }

    @Test
    void markupIsRenderedWithoutScriptsStylesOrCode() throws IOException {
        JsonNode html = processed("scripts");
        String text = html.get("text").asText();
        assertThat(text).contains("Lena Fischer").contains("Jonas Berg").doesNotContain("var s").doesNotContain("alert")
                .doesNotContain("color:red");
        assertThat(mentionTexts(html)).doesNotContain("Evil Speaker");
        JsonNode md = processed("code-and-tables");
        assertThat(md.get("talks").get(0).get("title").asText()).isEqualTo("Caching with Redis");
        assertThat(md.get("text").asText()).contains("Aiko Tanaka");
        for (JsonNode t : md.get("talks")) {
            assertThat(t.get("title").asText()).isNotEqualTo("Not a talk");
        }
    }

    @Test
    void invisibleControlRightToLeftAndAstralCharactersKeepOffsetsRight() throws IOException {
        JsonNode zw = processed("zero-width-and-control");
        assertThat(zw.get("text").asText()).contains("\u0001\u0007\u001B").contains("\u200B");
        assertThat(mentionTexts(zw)).contains("Lena Fischer");
        JsonNode rtl = processed("right-to-left");
        // the talk is found whatever the passages in other scripts around it became
        assertThat(rtl.get("talks").findValuesAsText("name")).contains("Lena Fischer");
        assertThat(rtl.get("text").asText()).contains("\u202EdesreveR\u202C");
        JsonNode emoji = processed("emoji-and-astral");
        String text = emoji.get("text").asText();
        assertThat(mentionTexts(emoji)).contains("Lena Fischer", "Jonas Berg");
        // offsets are UTF-16 code units: the astral characters before the name count 2 each
        int at = text.indexOf("Lena Fischer");
        assertThat(text.codePointCount(0, at)).isLessThan(at);
        assertThat(Files.readString(out.resolve("mentions.csv"))).contains(",Lena Fischer," + at + "," + (at + 12) + ",");
    }

    @Test
    void aReportWithoutTalksIsProcessedWithNoTalkRows() throws IOException {
        assertThat(processed("no-talks").get("talks")).isEmpty();
        assertThat(csv("talks.csv")).noneMatch(r -> r.get("report").equals("no-talks"));
    }

    @Test
    void outputNamesStayInTheOutputFolderAndFormulaCellsAreNeutralised() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(Path::getParent))
                    .allMatch(p -> p.equals(out) || p.equals(out.resolve(".talkmine")));
        }
        assertThat(out.resolve("=SUM(1+1).json")).exists();
        assertThat(out.resolve("a_b_.c.json")).exists();
        assertThat(out.resolve("tab_and_newline.json")).exists();
        assertThat(csv("talks.csv")).anyMatch(r -> r.get("report").equals("'=SUM(1+1)"))
                .anyMatch(r -> r.get("report").equals("'@cmd"))
                .noneMatch(r -> r.get("report").startsWith("=") || r.get("report").startsWith("@"));
        for (String table : List.of("talks.csv", "mentions.csv", "entities.csv", "errors.csv")) {
            for (CSVRecord r : csv(table)) {
                for (String cell : r) {
                    assertThat(cell).as(table).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                            .doesNotStartWith("-").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
    }

    @Test
    void theWorkbookHoldsTheSameCellsAsTheTables() throws IOException {
        // control characters and lone surrogates become '?' there, formula cells are neutralised as in the CSV
        WorkbookCells.assertMatchesCsv(out);
    }

    @Test
    void noInputIsModified() throws IOException {
        try (Stream<Path> s = Files.list(in)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(bytes.keySet());
        }
        for (var e : bytes.entrySet()) {
            assertThat(Files.readAllBytes(in.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(Files.getLastModifiedTime(in.resolve(e.getKey()))).as(e.getKey()).isEqualTo(mtimes.get(e.getKey()));
        }
    }

    @Test
    void outputsAreByteIdenticalWithOneOrTwoThreadsAndAcrossRuns() throws IOException {
        Path one = tmp.resolve("one");
        Path again = tmp.resolve("again");
        assertThat(run(new StringWriter(), "run", in.toString(), "-o", one.toString(), "-q", "--threads", "1")).isEqualTo(4);
        assertThat(run(new StringWriter(), "run", in.toString(), "-o", again.toString(), "-q", "--threads", "2")).isEqualTo(4);
        Map<String, String> reference = OutputDirs.contents(out);
        assertThat(reference).hasSizeGreaterThan(30);
        assertThat(OutputDirs.contents(one)).isEqualTo(reference);
        assertThat(OutputDirs.contents(again)).isEqualTo(reference);
    }

    @Test
    void latin1IsReadWithEncodingWhileAByteOrderMarkStillWins() throws IOException {
        Path l1 = Files.createDirectories(tmp.resolve("latin1"));
        Files.write(l1.resolve("l1.txt"), ("Notes\n\nIntro.\n\nJos\u00e9 Garc\u00eda gave a talk \"Caf\u00e9 Syst\u00e8mes.\"\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(in.resolve("bom-utf8.txt"), l1.resolve("bom.txt"));
        Path o = tmp.resolve("latin1-out");
        assertThat(run(new StringWriter(), "run", l1.toString(), "-o", o.toString(), "-q", "--encoding", "ISO-8859-1"))
                .isZero();
        assertThat(Files.readString(o.resolve("l1.json"))).contains("Caf\u00e9 Syst\u00e8mes").contains("Jos\u00e9 Garc\u00eda");
        assertThat(Files.readString(o.resolve("bom.json"))).contains("\"text\": \"Notes from DevConf 2024\\n");
    }

    @Test
    void sizeAndTimeLimitsTurnReportsIntoErrorRows() throws IOException {
        Path o = tmp.resolve("limits");
        StringWriter err = new StringWriter();
        assertThat(run(err, "run", in.resolve("crlf.txt").toString(), in.resolve("bom-utf8.txt").toString(),
                "-o", o.toString(), "-q", "--max-size", "100B")).isEqualTo(4);
        assertThat(Files.readString(o.resolve("errors.csv"))).contains("crlf.txt,read,")
                .contains("bytes exceeds the limit of 100 bytes (--max-size)");
        Path t = tmp.resolve("timeout");
        // big enough (hundreds of milliseconds of work) that no machine finishes it within the limit
        Path slow = Files.writeString(tmp.resolve("slow.txt"), Files.readString(in.resolve("crlf.txt")).repeat(200));
        assertThat(run(new StringWriter(), "run", slow.toString(), "-o", t.toString(), "-q", "--timeout", "1ms"))
                .isEqualTo(4);
        assertThat(Files.readString(t.resolve("errors.csv"))).contains("took longer than the time limit of 0.001 s (--timeout)");
        assertThat(t.resolve("slow.json")).doesNotExist();
        StringWriter bad = new StringWriter();
        assertThat(run(bad, "run", in.toString(), "--timeout", "soon")).isEqualTo(2);
        assertThat(run(bad, "run", in.toString(), "--max-size", "0")).isEqualTo(2);
        assertThat(bad.toString()).contains("not a duration").contains("out of range");
    }
}
