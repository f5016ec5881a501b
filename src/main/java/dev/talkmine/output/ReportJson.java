package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
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
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.output.JsonContract.ReportDto;
import dev.talkmine.output.JsonContract.SourceDto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Writes a {@link Report} as the per-report JSON document, schema {@value #SCHEMA}
 * (see {@code docs/output-format.md}). Output is UTF-8, pretty-printed with 2-space indentation
 * and {@code \n} line ends, with fixed field order and a trailing newline, so the same report
 * always gives the same bytes. Thread-safe.
 *
 * <p>The shapes of the JSON are {@link JsonContract}'s records; this class holds the writer's and
 * the reader's settings.
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

    /** Reads back what {@link #WRITER} wrote, ignoring fields a later schema may add. */
    private static final JsonMapper READER = JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** Streams a file's first fields for {@link #readSource}. */
    private static final JsonFactory READER_FACTORY = new JsonFactory();

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
            return escapeLoneSurrogates(WRITER.writeValueAsString(ReportToContract.dto(r))) + "\n";
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

    /**
     * Reads a JSON document written by {@link #toJson} back into a report: document (without
     * structural blocks), resolved mentions, entities, segments and talks, as far as the JSON keeps them.
     * Sentences, evidence strings and segment groups are not in the JSON and come back empty;
     * linking's reasons ({@code LINK_REASONS}) are not read back either: the JSON keeps them as the
     * entities' merges, all that is read of them once there are entities. Confidences come back
     * rounded as written. Writing the result again gives the same JSON.
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
            return ContractToReport.report(id, dto);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a valid " + SCHEMA + " document: " + e.getMessage(), e);
        }
    }

    /** The index of the talk containing the span's start, or null; shared with the CSV tables. */
    static Integer talkIndex(Report r, TextSpan span) {
        return r.talkAt(span.start()).map(Talk::index).orElse(null);
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
