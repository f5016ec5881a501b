package dev.talkmine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.InputException;
import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Talk;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.output.ReportJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of random and mutated reports (see {@link FuzzInputs}) through reading, the
 * whole pipeline and both writers, and checks the invariants every report must keep: no exception
 * but a reading {@link InputException} escapes; every offset lies inside {@code text} and covers
 * exactly its mention's text; talks are numbered, ordered and do not overlap; every mention
 * belongs to at most one talk; segments are ordered; the JSON parses back to the same text and
 * offsets; the CSV tables parse and hold one row per talk, mention and entity.
 *
 * <p>{@code -Dfuzz.count=N} (default 500: about 25 s in CI) sets the number of inputs,
 * {@code -Dfuzz.seed=S} the first seed (case i has seed S + i). A failing input is saved under
 * {@code target/fuzz-failures/} and named with its seed, which reproduces it:
 * {@code mvn test -Dtest=PipelineFuzzTest -Dfuzz.seed=SEED -Dfuzz.count=1}. A long run:
 * {@code mvn test -Dtest=PipelineFuzzTest -Dfuzz.count=20000}. See docs/robustness.md.
 */
class PipelineFuzzTest {
    static final int COUNT = Integer.getInteger("fuzz.count", 500);
    static final long SEED = Long.getLong("fuzz.seed", 0x7A1C_0000L);
    /** A case slower than this counts as a hang. */
    static final Duration CASE_LIMIT = Duration.ofSeconds(Long.getLong("fuzz.case.seconds", 60));

    @TempDir
    Path tmp;

    @Test
    void randomAndMutatedReportsKeepEveryInvariant() throws Exception {
        Talkmine talkmine = Talkmine.builder().build();
        DocumentReader reader = DocumentReader.utf8();
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int processed = 0;
        int rejected = 0;
        long talks = 0;
        long mentions = 0;
        long entities = 0;
        long started = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        try (BatchWriter writer = BatchWriter.open(tmp, Set.of(BatchWriter.Format.CSV))) {
            for (int i = 0; i < COUNT && failures.size() < 20; i++) {
                FuzzInputs.Case c = FuzzInputs.generate(SEED + i);
                String id = "case-" + i;
                Future<Report> f = worker.submit(() -> {
                    Document d;
                    try {
                        d = reader.read(id, c.fileName(), c.bytes(), c.format());
                    } catch (InputException e) {
                        if (!e.getMessage().startsWith(c.fileName() + ": ")) {
                            throw new AssertionError("reading error without the file name: " + e.getMessage(), e);
                        }
                        return null;
                    }
                    return talkmine.process(d);
                });
                Report r;
                try {
                    r = f.get(CASE_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failures.add(save(c, "no result after " + CASE_LIMIT.toSeconds() + " s"));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(save(c, "exception: " + stackOf(e.getCause())));
                    continue;
                }
                if (r == null) {
                    rejected++;
                    writer.fail(i, c.fileName(), "read", "rejected");
                    continue;
                }
                List<String> broken = check(r, json);
                if (!broken.isEmpty()) {
                    failures.add(save(c, String.join("; ", broken)));
                    continue;
                }
                try {
                    writer.write(i, r);
                } catch (RuntimeException | IOException e) {
                    failures.add(save(c, "writing: " + stackOf(e)));
                    continue;
                }
                processed++;
                talks += r.talks().size();
                mentions += r.entities().stream().mapToInt(e -> e.mentions().size()).sum();
                entities += r.entities().size();
            }
        } finally {
            worker.shutdownNow();
        }
        if (failures.isEmpty()) {
            assertThat(rows(tmp.resolve("talks.csv"))).as("talks.csv rows").isEqualTo(talks);
            assertThat(rows(tmp.resolve("mentions.csv"))).as("mentions.csv rows").isEqualTo(mentions);
            assertThat(rows(tmp.resolve("entities.csv"))).as("entities.csv rows").isEqualTo(entities);
            assertThat(rows(tmp.resolve("errors.csv"))).as("errors.csv rows").isEqualTo(rejected);
        }
        System.out.printf("fuzz: %d inputs from seed %d in %.1f s: %d processed, %d rejected when read, %d talks, %d mentions,"
                        + " %d failures%n", COUNT, SEED, (System.nanoTime() - started) / 1e9, processed, rejected, talks, mentions,
                failures.size());
        assertThat(failures).as("fuzz failures (inputs saved in target/fuzz-failures)").isEmpty();
        assertThat(processed).as("most inputs are processed, not rejected").isGreaterThan(COUNT / 2);
    }

    /** The invariants; returns what is broken. */
    static List<String> check(Report r, ObjectMapper json) {
        List<String> out = new ArrayList<>();
        String text = r.text();
        int n = text.length();
        List<Mention> ms = r.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.span().end() > n) {
                out.add("mention " + m.span() + " outside text of length " + n);
                continue;
            }
            if (!m.span().coveredText(text).equals(m.text())) {
                out.add("mention " + m.span() + " text '" + m.text() + "' but text has '" + m.span().coveredText(text) + "'");
            }
            if (i > 0 && ms.get(i - 1).span().end() > m.span().start()) {
                out.add("mentions overlap or are out of order at " + m.span());
            }
        }
        // The entity stage may drop a decided mention (an event's name) or add one (a name listed with a
        // technology), so the entities' mentions are checked as mentions of their own.
        List<Mention> inEntities = new ArrayList<>();
        for (Entity e : r.entities()) {
            inEntities.addAll(e.mentions());
            if (!(e.confidence() >= 0 && e.confidence() <= 1)) {
                out.add("entity " + e.id() + " confidence " + e.confidence());
            }
        }
        inEntities.sort(null);
        for (int i = 0; i < inEntities.size(); i++) {
            Mention m = inEntities.get(i);
            if (m.span().end() > n || !m.span().coveredText(text).equals(m.text())) {
                out.add("entity mention " + m.span() + " '" + m.text() + "' is not the text there");
            }
            if (i > 0 && inEntities.get(i - 1).span().end() > m.span().start()) {
                out.add("entity mentions overlap at " + m.span());
            }
        }
        List<Talk> talks = r.talks();
        for (int i = 0; i < talks.size(); i++) {
            Talk t = talks.get(i);
            if (t.index() != i + 1) {
                out.add("talk " + i + " has index " + t.index());
            }
            if (t.span().end() > n) {
                out.add("talk " + t.index() + " " + t.span() + " outside text");
            }
            if (i > 0 && talks.get(i - 1).span().end() > t.span().start()) {
                out.add("talks " + i + " and " + (i + 1) + " overlap or are out of order");
            }
        }
        for (Mention m : ms) {
            long owners = talks.stream().filter(t -> t.span().contains(m.span().start())).count();
            if (owners > 1) {
                out.add("mention " + m.span() + " belongs to " + owners + " talks");
            }
        }
        List<Segment> segs = r.segments();
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).span().end() > n || i > 0 && segs.get(i - 1).span().end() > segs.get(i).span().start()) {
                out.add("segment " + segs.get(i).span() + " outside text, overlapping or out of order");
            }
        }
        if (out.isEmpty()) {
            checkJson(r, json, out);
        }
        return out;
    }

    private static void checkJson(Report r, ObjectMapper json, List<String> out) {
        JsonNode j;
        try {
            j = json.readTree(ReportJson.toJson(r).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            out.add("JSON does not parse back: " + e);
            return;
        }
        String text = j.get("text").asText();
        if (!text.equals(r.text())) {
            out.add("JSON text differs from the report's text");
            return;
        }
        if (j.get("talks").size() != r.talks().size() || j.get("entities").size() != r.entities().size()) {
            out.add("JSON has other talk or entity counts");
        }
        for (JsonNode e : j.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                int s = m.get("start").asInt();
                int end = m.get("end").asInt();
                if (s < 0 || end > text.length() || s > end || !text.substring(s, end).equals(m.get("text").asText())) {
                    out.add("JSON mention [" + s + ", " + end + ") does not cover its text");
                }
            }
        }
    }

    private static long rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            return records.size();
        }
    }

    private static String save(FuzzInputs.Case c, String what) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(dir.resolve(c.fileName()), c.bytes());
        } catch (IOException e) {
            what += " (input not saved: " + e + ")";
        }
        return "seed " + c.seed() + " (" + c.fileName() + "): " + what;
    }

    private static String stackOf(Throwable t) {
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        String s = sw.toString();
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
