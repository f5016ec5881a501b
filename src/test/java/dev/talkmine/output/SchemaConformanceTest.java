package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.doc.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks our JSON against docs/talkmine-report.schema.json with a tiny validator for the keywords
 * the schema uses ($ref, type, required, properties, items, const, enum, minimum, maximum,
 * minItems, pattern), so the schema and the writer cannot drift apart. No new dependency.
 */
class SchemaConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs", "talkmine-report.schema.json");

    @Test
    void tinyReportConforms() throws IOException {
        assertThat(violations(TestReports.tiny())).isEmpty();
    }

    @Test
    void emptyReportConforms() throws IOException {
        assertThat(violations(Report.of(TestReports.tiny().document()))).isEmpty();
    }

    @Test
    void everyWrittenFieldIsDeclaredInTheSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        List<String> undeclared = new ArrayList<>();
        undeclared(schema, schema, MAPPER.readTree(ReportJson.toJson(TestReports.tiny())), "$", undeclared);
        assertThat(undeclared).isEmpty();
    }

    @Test
    void validatorNoticesMissingAndMistypedFields() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(ReportJson.toJson(TestReports.tiny()));
        doc.remove("segments");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("entities").get(0)).put("confidence", "high");
        List<String> out = new ArrayList<>();
        validate(schema, schema, doc, "$", out);
        assertThat(out).anySatisfy(v -> assertThat(v).contains("$: missing required 'segments'"))
                .anySatisfy(v -> assertThat(v).contains("$.entities[0].confidence"));
    }

    private static List<String> violations(Report r) throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> out = new ArrayList<>();
        validate(schema, schema, MAPPER.readTree(ReportJson.toJson(r)), "$", out);
        return out;
    }

    private static JsonNode resolve(JsonNode root, JsonNode s) {
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            JsonNode target = root.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
            s = target;
        }
        return s;
    }

    static void validate(JsonNode root, JsonNode schema, JsonNode v, String at, List<String> out) {
        // siblings of $ref (e.g. description) carry no constraints in our schema
        JsonNode s = resolve(root, schema);
        if (s.has("type") && !typeOk(s.get("type"), v)) {
            out.add(at + ": expected " + s.get("type") + " but was " + v.getNodeType());
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            out.add(at + ": expected " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean any = false;
            for (JsonNode e : s.get("enum")) {
                any |= e.equals(v);
            }
            if (!any) {
                out.add(at + ": " + v + " not in " + s.get("enum"));
            }
        }
        if (v.isNumber() && s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below minimum");
        }
        if (v.isNumber() && s.has("maximum") && v.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
            out.add(at + ": above maximum");
        }
        if (v.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
            out.add(at + ": does not match " + s.get("pattern"));
        }
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode k : s.get("required")) {
                    if (!v.has(k.asText())) {
                        out.add(at + ": missing required '" + k.asText() + "'");
                    }
                }
            }
            if (s.has("properties")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
                    var p = it.next();
                    if (v.has(p.getKey())) {
                        validate(root, p.getValue(), v.get(p.getKey()), at + "." + p.getKey(), out);
                    }
                }
            }
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                out.add(at + ": fewer than " + s.get("minItems") + " items");
            }
            if (s.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    validate(root, s.get("items"), v.get(i), at + "[" + i + "]", out);
                }
            }
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeOk(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new AssertionError("unknown type " + type);
        };
    }

    /** Fields the writer emits that the schema does not declare (the schema is open, so validation alone misses them). */
    private static void undeclared(JsonNode root, JsonNode schema, JsonNode v, String at, List<String> out) {
        JsonNode s = resolve(root, schema);
        if (v.isObject()) {
            JsonNode props = s.get("properties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (props == null || !props.has(k)) {
                    out.add(at + "." + k);
                } else {
                    undeclared(root, props.get(k), v.get(k), at + "." + k, out);
                }
            }
        } else if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                undeclared(root, s.get("items"), v.get(i), at + "[" + i + "]", out);
            }
        }
    }
}
