package dev.talkmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.testing.SyntheticReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs finish: a 2 MB paragraph without line breaks and a 100,000-character run-on
 * sentence are processed with correct offsets under the default limits; a 10 MB report is
 * processed too (about 80 s on one core, so only with {@code -Dlarge.full=true}, and with a
 * 10-minute limit for slower machines), and in CI shows the time limit at work: an errors.csv row naming the stage,
 * and the batch goes on.
 */
class LargeInputTest {
    static final boolean FULL = Boolean.getBoolean("large.full");

    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        return Cli.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    /** A 2 MB paragraph: talk sentences joined by spaces, no line break until the end. */
    static String longParagraph(int chars) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder("Notes from DevConf 2025\n\n");
        while (sb.length() < chars) {
            sb.append(SyntheticReports.talkParagraph(r)).append(' ');
        }
        return sb.append('\n').toString();
    }

    /** One sentence of about 100,000 characters: names, organizations and technologies, commas, no full stop. */
    static String runOnSentence(int chars) {
        Random r = new Random(8);
        List<String> words = List.of("and", "then", "with", "about", "the", "of", "from", "Kafka", "Rust", "Initech",
                "PostgreSQL", "talked", "a", "talk", "by");
        StringBuilder sb = new StringBuilder("Notes\n\n");
        while (sb.length() < chars) {
            sb.append(r.nextInt(4) == 0 ? SyntheticReports.person(r) : words.get(r.nextInt(words.size())))
                    .append(r.nextInt(10) == 0 ? ", " : " ");
        }
        return sb.append("\n").toString();
    }

    /** A report of about {@code bytes} bytes with thousands of talks under headings. */
    static String tenMegabytes(int bytes) {
        Random r = new Random(9);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append(SyntheticReports.report(r, 20)).append("\n\n");
        }
        return sb.toString();
    }

    /** Parses a report's JSON and checks every offset against its text. */
    static JsonNode processedWithCorrectOffsets(Path json) throws IOException {
        assertThat(json).exists();
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        String text = j.get("text").asText();
        int prevEnd = 0;
        for (JsonNode t : j.get("talks")) {
            assertThat(t.get("start").asInt()).isGreaterThanOrEqualTo(prevEnd);
            prevEnd = t.get("end").asInt();
            assertThat(prevEnd).isLessThanOrEqualTo(text.length());
        }
        for (JsonNode e : j.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        return j;
    }

    @Test
    void aTwoMegabyteParagraphAndAHundredThousandCharacterSentenceAreProcessed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("paragraph-2mb.txt"), longParagraph(2 * 1024 * 1024));
        Files.writeString(in.resolve("sentence-100k.txt"), runOnSentence(100_000));
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        StringWriter err = new StringWriter();
        // what is checked is that nothing breaks on them, not speed: a loaded machine must not turn it into a timeout
        assertThat(run(err, "run", in.toString(), "-o", out.toString(), "-q", "--threads", "2", "--timeout", "10m"))
                .as(err.toString()).isZero();
        System.out.printf("large inputs: 2 MB paragraph and 100,000-character sentence in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        JsonNode p = processedWithCorrectOffsets(out.resolve("paragraph-2mb.json"));
        assertThat(p.get("text").asText().indexOf('\n', 30)).isEqualTo(p.get("text").asText().length() - 1);
        assertThat(p.get("talks").size()).isGreaterThan(100);
        JsonNode s = processedWithCorrectOffsets(out.resolve("sentence-100k.json"));
        assertThat(s.get("entities").size()).isGreaterThan(10);
    }

    @Test
    void aTenMegabyteReportIsProcessedOrStoppedAtTheTimeLimitWithAClearReason() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("report-10mb.txt"), tenMegabytes(10 * 1024 * 1024));
        Files.writeString(in.resolve("small.txt"), SyntheticReports.report(new Random(3), 3));
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        StringWriter err = new StringWriter();
        if (FULL) {
            assertThat(run(err, "run", in.toString(), "-o", out.toString(), "-q", "--threads", "1", "--timeout", "10m"))
                    .as(err.toString()).isZero();
            System.out.printf("large inputs: 10 MB report in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            processedWithCorrectOffsets(out.resolve("report-10mb.json"));
            return;
        }
        assertThat(run(err, "run", in.toString(), "-o", out.toString(), "-q", "--threads", "2", "--timeout", "4s"))
                .isEqualTo(4);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
        assertThat(Files.readString(out.resolve("errors.csv")))
                .containsPattern("report-10mb\\.txt,(sentences|candidates|mentions),took longer than the time limit of 4 s"
                        + " \\(--timeout\\) and was abandoned in stage '(sentences|candidates|mentions)'");
        assertThat(out.resolve("report-10mb.json")).doesNotExist();
        processedWithCorrectOffsets(out.resolve("small.json"));
        assertThat(err.toString()).contains("1 of 2 reports processed, 1 failed");
    }
}
