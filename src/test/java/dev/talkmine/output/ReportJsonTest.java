package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String golden(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ReportJsonTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void tinyReportMatchesGoldenFileExactly() throws IOException {
        String json = ReportJson.toJson(TestReports.tiny());
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/dev/talkmine/output/tiny-report.json"), json);
            return;
        }
        assertThat(json).isEqualTo(golden("tiny-report.json"));
    }

    @Test
    void outputIsLfOnlyWithTrailingNewlineAndStable() {
        String json = ReportJson.toJson(TestReports.tiny());
        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
        assertThat(ReportJson.toJson(TestReports.tiny())).isEqualTo(json);
    }

    @Test
    void writeProducesUtf8FileWithoutBomOrTempFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ep15.json");
        ReportJson.write(TestReports.tiny(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ReportJson.toJson(TestReports.tiny()));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void nullTitleIsWrittenAsNull() throws IOException {
        String text = "Someone spoke about Rust.";
        Talk t = new Talk(1, new TextSpan(0, text.length()), TalkKind.TALK, null, List.of(), List.of(), List.of());
        JsonNode talk = MAPPER.readTree(ReportJson.toJson(TestReports.custom("r", text, List.of(t), List.of())))
                .get("talks").get(0);
        assertThat(talk.has("title")).isTrue();
        assertThat(talk.get("title").isNull()).isTrue();
        assertThat(talk.get("summary").asText()).isEmpty();
        assertThat(talk.get("speakers").isArray()).isTrue();
    }

    @Test
    void mentionTalkIsTheTalkContainingItsStart() throws IOException {
        //                 0         1         2         3
        //                 0123456789012345678901234567890123456
        String text = "Go at first. Rust next. Go again. Go.";
        Talk t1 = talk(1, 0, 13);
        Talk t2 = talk(2, 13, 34);
        Entity go = new Entity("e1", "Go", EntityType.TECHNOLOGY, "language", 0.9, List.of(
                m(text, 0, "Go"), m(text, 24, "Go"), m(text, 34, "Go")), List.of());
        // a mention straddling the boundary belongs to the talk where it starts
        Entity straddle = new Entity("e2", "first. Rust", EntityType.TECHNOLOGY, null, 0.5, List.of(
                m(text, 6, "first. Rust")), List.of());
        JsonNode root = MAPPER.readTree(ReportJson.toJson(
                TestReports.custom("r", text, List.of(t1, t2), List.of(go, straddle))));
        JsonNode ms = root.get("entities").get(0).get("mentions");
        assertThat(ms.get(0).get("talk").asInt()).isEqualTo(1);
        assertThat(ms.get(1).get("talk").asInt()).isEqualTo(2);
        assertThat(ms.get(2).get("talk").isNull()).isTrue(); // offset 34 is the end of talk 2: half-open
        assertThat(root.get("entities").get(1).get("mentions").get(0).get("talk").asInt()).isEqualTo(1);
    }

    @Test
    void talkOrganizationsAreSpeakersPlusTalkLevel() throws IOException {
        String text = "A keynote by Ana (ACME) and Django Girls.";
        Talk t = new Talk(1, new TextSpan(0, text.length()), TalkKind.KEYNOTE, null,
                List.of(new dev.talkmine.doc.Speaker("Ana", List.of("ACME"))), List.of("Django Girls", "ACME"), List.of());
        JsonNode talk = MAPPER.readTree(ReportJson.toJson(TestReports.custom("r", text, List.of(t), List.of())))
                .get("talks").get(0);
        assertThat(talk.get("organizations").toString()).isEqualTo("[\"ACME\",\"Django Girls\"]");
        assertThat(talk.get("speakers").get(0).get("organizations").toString()).isEqualTo("[\"ACME\"]");
    }

    @Test
    void nonBmpCharactersKeepUtf16Offsets() throws IOException {
        String text = "🎤🐍 Talk by 𝔄lice about Kotlin 🚀 and Zig.";
        int kotlin = text.indexOf("Kotlin");
        int zig = text.indexOf("Zig");
        int alice = text.indexOf("𝔄lice");
        Entity e1 = new Entity("e1", "Alice", EntityType.PERSON, null, 0.7, List.of(m(text, alice, "𝔄lice")), List.of());
        Entity e2 = new Entity("e2", "Kotlin", EntityType.TECHNOLOGY, "language", 0.7, List.of(m(text, kotlin, "Kotlin")), List.of());
        Entity e3 = new Entity("e3", "Zig", EntityType.TECHNOLOGY, "language", 0.7, List.of(m(text, zig, "Zig")), List.of());
        String json = ReportJson.toJson(TestReports.custom("r", text, List.of(), List.of(e1, e2, e3)));

        // emoji are written raw (not as escapes) and the file is valid UTF-8
        assertThat(json).contains("🎤🐍").doesNotContain("\\uD83C");
        JsonNode root = MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
        String parsedText = root.get("text").asText();
        assertThat(parsedText).isEqualTo(text);
        for (JsonNode e : root.get("entities")) {
            JsonNode mention = e.get("mentions").get(0);
            int start = mention.get("start").asInt();
            int end = mention.get("end").asInt();
            assertThat(parsedText.substring(start, end)).isEqualTo(mention.get("text").asText());
        }
        // 3 non-BMP characters before it: 26 UTF-16 code units, but only 23 code points
        assertThat(text.codePointCount(0, kotlin)).isEqualTo(23);
        assertThat(root.get("entities").get(1).get("mentions").get(0).get("start").asInt()).isEqualTo(26);
    }

    @Test
    void loneSurrogateIsEscapedSoOffsetsSurvive() throws IOException {
        String text = "bad \uD800 char then Java";
        int at = text.indexOf("Java");
        Entity e = new Entity("e1", "Java", EntityType.TECHNOLOGY, null, 0.5, List.of(m(text, at, "Java")), List.of());
        String json = ReportJson.toJson(TestReports.custom("r", text, List.of(), List.of(e)));
        assertThat(json).contains("bad \\uD800 char");
        JsonNode root = MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8));
        assertThat(root.get("text").asText()).isEqualTo(text);
        assertThat(ReportJson.escapeLoneSurrogates("a😀b\uDC00")).isEqualTo("a😀b\\uDC00");
    }

    @Test
    void confidenceIsRoundedToThreeDecimalsDeterministically() {
        assertThat(Confidence.format(0.8745)).isEqualTo("0.875");
        assertThat(Confidence.format(0.93)).isEqualTo("0.93");
        assertThat(Confidence.format(1.0)).isEqualTo("1.0");
        assertThat(Confidence.format(0.0)).isEqualTo("0.0");
        assertThat(Confidence.format(1e-9)).isEqualTo("0.0");
        assertThat(Confidence.format(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Confidence.format(2.0 / 3)).isEqualTo("0.667");
        assertThatThrownBy(() -> Confidence.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Confidence.format(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        String text = "short";
        Talk t = talk(1, 0, 10);
        assertThatThrownBy(() -> ReportJson.toJson(TestReports.custom("r", text, List.of(t), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @Test
    void emptyReportHasAllTopLevelKeysAndEmptyArrays() {
        String json = ReportJson.toJson(Report.of(TestReports.tiny().document()));
        assertThat(json).contains("\"talks\": [],\n  \"segments\": [],\n  \"entities\": []\n}");
    }

    static Talk talk(int index, int start, int end) {
        return new Talk(index, new TextSpan(start, end), TalkKind.TALK, "t" + index, List.of(), List.of(), List.of());
    }

    static Mention m(String text, int start, String surface) {
        assertThat(text.startsWith(surface, start)).as("'%s' at %d", surface, start).isTrue();
        return new Mention(new TextSpan(start, start + surface.length()), surface, EntityType.TECHNOLOGY, surface,
                null, MentionSource.GAZETTEER, 0.9, "test");
    }

    @Test
    void readGivesBackAReportThatWritesTheSameJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path f = tmp.resolve("ep15.json");
        ReportJson.write(TestReports.tiny(), f);
        Report back = ReportJson.read(f);
        assertThat(ReportJson.toJson(back)).isEqualTo(java.nio.file.Files.readString(f));
        assertThat(CsvTables.rows(back)).isEqualTo(CsvTables.rows(TestReports.tiny()));
        java.nio.file.Files.writeString(tmp.resolve("bad.json"), "{\"schema\": \"other/2\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportJson.read(tmp.resolve("bad.json")))
                .isInstanceOf(java.io.IOException.class);
    }
}
