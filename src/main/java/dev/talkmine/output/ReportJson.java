package dev.talkmine.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Report} as the per-report JSON document, schema {@value #SCHEMA}
 * (see {@code docs/output-format.md}). Output is UTF-8, pretty-printed with 2-space indentation
 * and {@code \n} line ends, with fixed field order and a trailing newline, so the same report
 * always gives the same bytes. Thread-safe.
 */
public final class ReportJson {

    /** The value of the top-level {@code schema} field. */
    public static final String SCHEMA = "talkmine/1";

    /**
     * Immutable, hence shared by all threads. The pretty printer is spelled out because Jackson's
     * default uses the platform line separator and puts arrays on one line.
     */
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writer(printer);
    }

    private ReportJson() {
    }

    /**
     * The report as JSON text ending in a newline.
     *
     * @param r the report; layers it lacks are written as empty arrays
     * @return the JSON document
     * @throws IllegalArgumentException if an offset lies outside the report's text or a confidence
     *                                  is outside [0, 1]
     */
    public static String toJson(Report r) {
        try {
            return escapeLoneSurrogates(WRITER.writeValueAsString(dto(r))) + "\n";
        } catch (JsonProcessingException e) {
            // only records of strings, numbers and lists: nothing can fail but a bug of ours
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #toJson} to {@code file} in UTF-8, atomically: the file is replaced as a whole
     * or not at all.
     *
     * @param r    the report
     * @param file the target; its directory must exist
     * @throws IOException if the file cannot be written; a previous file is then left unchanged
     * @throws IllegalArgumentException as {@link #toJson}
     */
    public static void write(Report r, Path file) throws IOException {
        AtomicFile.write(file, toJson(r).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code source} of a JSON file this class wrote, read from its first fields without
     * loading the rest; empty when the file is missing, of another schema or not such a file.
     */
    static Optional<SourceDto> readSource(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (JsonParser p = READER_FACTORY.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"schema".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING
                    || !SCHEMA.equals(p.getText()) || p.nextToken() != JsonToken.FIELD_NAME
                    || !"source".equals(p.currentName()) || p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String path = null;
            String sha = null;
            String format = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                String value = v == JsonToken.VALUE_STRING ? p.getText() : null;
                switch (name) {
                    case "path" -> path = value;
                    case "sha256" -> sha = value;
                    case "format" -> format = value;
                    default -> p.skipChildren();
                }
            }
            return path == null || sha == null ? Optional.empty() : Optional.of(new SourceDto(path, sha, format));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static final JsonFactory READER_FACTORY = new JsonFactory();
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Reads a JSON document written by {@link #toJson} back into a report: document (without
     * structural blocks), resolved mentions, entities, segments and talks, as far as the JSON keeps them.
     * Sentences, evidence strings and segment groups are not in the JSON and come back empty;
     * confidences come back rounded as written. Writing the result again gives the same JSON.
     *
     * @param file a {@code <id>.json} file; the report id is its name without {@code .json}
     * @throws IOException if the file cannot be read or is not such a document
     */
    public static Report read(Path file) throws IOException {
        ReportDto dto = READER.readValue(file.toFile(), ReportDto.class);
        if (dto == null || !SCHEMA.equals(dto.schema()) || dto.source() == null || dto.text() == null) {
            throw new IOException(file + ": not a " + SCHEMA + " document");
        }
        String name = file.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        try {
            return fromDto(id, dto);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a valid " + SCHEMA + " document: " + e.getMessage(), e);
        }
    }

    private static Report fromDto(String id, ReportDto dto) {
        InputFormat format = byId(InputFormat.values(), InputFormat::id, dto.source().format());
        Document doc = new Document(id, dto.source().path(), dto.source().sha256(), format, dto.text(), List.of());
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (EntityDto e : dto.entities()) {
            EntityType type = EntityType.valueOf(e.type());
            List<Mention> ms = new ArrayList<>();
            for (MentionDto m : e.mentions()) {
                ms.add(new Mention(new TextSpan(m.start(), m.end()), m.text(), type, e.name(), e.category(),
                        byId(MentionSource.values(), MentionSource::id, m.source()), m.confidence().doubleValue(), ""));
            }
            entities.add(new Entity(e.id(), e.name(), type, e.category(), e.confidence().doubleValue(), ms, e.merged()));
            mentions.addAll(ms);
        }
        mentions.sort(null);
        List<Segment> segments = dto.segments().stream().map(s -> new Segment(new TextSpan(s.start(), s.end()),
                byId(Segment.Label.values(), Segment.Label::id, s.label()), null, s.reason())).toList();
        // the JSON's organizations are all of the talk's; as the talk's own they give the same union
        List<Talk> talks = dto.talks().stream().map(t -> new Talk(t.index(), new TextSpan(t.start(), t.end()),
                byId(TalkKind.values(), TalkKind::id, t.kind()), t.title(),
                t.speakers().stream().map(sp -> new Speaker(sp.name(), sp.organizations())).toList(),
                t.organizations(), List.of())).toList();
        List<Summary> summaries = dto.talks().stream().map(t -> new Summary(t.index(),
                t.summarySpans() == null ? List.of() : t.summarySpans().stream().map(s -> new TextSpan(s.start(), s.end())).toList(),
                t.summary() == null ? "" : t.summary(), t.keywords() == null ? List.of() : t.keywords(), List.of())).toList();
        Report report = Report.of(doc).withResolvedMentions(mentions).withEntities(entities).withSegments(segments)
                .withTalks(talks).withSummaries(summaries);
        if (!dto.talks().isEmpty() && dto.talks().stream().allMatch(t -> t.verdict() != null)) {
            report = report.withVerdicts(dto.talks().stream().map(t -> verdict(t.index(), t.verdict())).toList());
        }
        return report;
    }

    private static Verdict verdict(int talk, VerdictDto v) {
        TextSpan evidence = v.evidence() == null ? null : new TextSpan(v.evidence().start(), v.evidence().end());
        return new Verdict(talk, Verdict.Label.of(v.label()), v.confidence().doubleValue(), evidence, List.of());
    }

    private static <E> E byId(E[] values, java.util.function.Function<E, String> id, String wanted) {
        for (E v : values) {
            if (id.apply(v).equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown value '" + wanted + "'");
    }

    // ---- the contract: one record per JSON object, components in output order ----

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"schema", "source", "text", "talks", "segments", "entities"})
    record ReportDto(String schema, SourceDto source, String text, List<TalkDto> talks,
                     List<SegmentDto> segments, List<EntityDto> entities) {
    }

    @JsonPropertyOrder({"path", "sha256", "format"})
    record SourceDto(String path, String sha256, String format) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"index", "start", "end", "kind", "title", "speakers", "organizations", "summary", "summary_spans",
        "keywords", "verdict"})
    record TalkDto(int index, int start, int end, String kind, String title, List<SpeakerDto> speakers,
                   List<String> organizations, String summary, @JsonProperty("summary_spans") List<SpanDto> summarySpans,
                   List<String> keywords, VerdictDto verdict) {
    }

    @JsonPropertyOrder({"start", "end"})
    record SpanDto(int start, int end) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"label", "confidence", "evidence"})
    record VerdictDto(String label, BigDecimal confidence, EvidenceDto evidence) {
    }

    @JsonPropertyOrder({"start", "end", "text"})
    record EvidenceDto(int start, int end, String text) {
    }

    @JsonPropertyOrder({"name", "organizations"})
    record SpeakerDto(String name, List<String> organizations) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "label", "talk", "reason"})
    record SegmentDto(int start, int end, String label, Integer talk, String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "name", "type", "category", "confidence", "merged", "mentions"})
    record EntityDto(String id, String name, String type, String category, BigDecimal confidence,
                     List<String> merged, List<MentionDto> mentions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "text", "talk", "source", "confidence"})
    record MentionDto(int start, int end, String text, Integer talk, String source, BigDecimal confidence) {
    }

    static ReportDto dto(Report r) {
        var d = r.document();
        int length = r.text().length();
        List<TalkDto> talks = r.talks().stream().map(t -> {
            check(t.span(), length, "talk " + t.index());
            Summary summary = r.summaryOf(t);
            List<SpanDto> spans = summary.sentences().stream().map(s -> {
                check(s, length, "summary of talk " + t.index());
                return new SpanDto(s.start(), s.end());
            }).toList();
            return new TalkDto(t.index(), t.span().start(), t.span().end(), t.kind().id(), t.title(),
                    t.speakers().stream().map(ReportJson::speaker).toList(),
                    t.allOrganizations(), summary.text(), spans, summary.keywords(),
                    r.verdictOf(t).map(v -> verdict(r, v, length)).orElse(null));
        }).toList();
        List<SegmentDto> segments = r.segments().stream().map(s -> {
            check(s.span(), length, "segment");
            return segment(r, s);
        }).toList();
        List<EntityDto> entities = r.entities().stream().map(e -> entity(r, e, length)).toList();
        return new ReportDto(SCHEMA, new SourceDto(d.path(), d.sha256(), d.format().id()), r.text(),
                talks, segments, entities);
    }

    private static VerdictDto verdict(Report r, Verdict v, int length) {
        EvidenceDto evidence = null;
        if (v.evidence() != null) {
            check(v.evidence(), length, "verdict evidence of talk " + v.talk());
            evidence = new EvidenceDto(v.evidence().start(), v.evidence().end(), v.evidence().coveredText(r.text()));
        }
        return new VerdictDto(v.label().id(), Confidence.round(v.confidence()), evidence);
    }

    private static SpeakerDto speaker(Speaker s) {
        return new SpeakerDto(s.name(), s.organizations());
    }

    private static SegmentDto segment(Report r, Segment s) {
        return new SegmentDto(s.span().start(), s.span().end(), s.label().id(), talkIndex(r, s.span()), s.reason());
    }

    private static EntityDto entity(Report r, Entity e, int length) {
        List<MentionDto> mentions = e.mentions().stream().map(m -> {
            check(m.span(), length, "mention of " + e.id());
            return mention(r, m);
        }).toList();
        return new EntityDto(e.id(), e.name(), e.type().name(), e.category(), Confidence.round(e.confidence()),
                e.merges(), mentions);
    }

    private static MentionDto mention(Report r, Mention m) {
        return new MentionDto(m.span().start(), m.span().end(), m.text(), talkIndex(r, m.span()),
                m.source().id(), Confidence.round(m.confidence()));
    }

    /** The index of the talk containing the span's start, or null; shared with the CSV tables. */
    static Integer talkIndex(Report r, TextSpan span) {
        return r.talkAt(span.start()).map(Talk::index).orElse(null);
    }

    /** Offsets into {@code text} are the heart of the contract: never write one that does not fit. */
    private static void check(TextSpan span, int length, String what) {
        if (span.end() > length) {
            throw new IllegalArgumentException(what + " " + span + " lies outside the text (length " + length + ")");
        }
    }

    /**
     * An unpaired surrogate cannot be encoded in UTF-8 (it would silently become {@code ?}). The
     * JSON text around string values is ASCII, so any surrogate is inside a string, where the
     * escape {@code \}{@code uD800} is valid JSON and keeps every UTF-16 offset intact.
     */
    static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append("\\u").append(HexFormat.of().withUpperCase().toHexDigits(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
