package dev.talkmine.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkmine.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Reading the gold and prediction JSON leniently where {@code score.py} is lenient, strictly where it would fail. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses a JSON object from {@code json}; {@code name} starts the error message. */
    static JsonNode object(String json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(name + ": not a JSON object");
        }
        return root;
    }

    /** Reads and parses a UTF-8 JSON object file. */
    static JsonNode object(Path file) {
        return object(Texts.read(file), file.toString());
    }

    /** A string field; {@code null} when missing or {@code null}. */
    static String string(JsonNode parent, String field, String where) {
        return string(parent.get(field), where + "." + field);
    }

    static String string(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InputException(where + ": expected a string, found " + n.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return n.textValue();
    }

    /** An array field; empty when missing or {@code null}. */
    static List<JsonNode> array(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InputException(where + "." + field + ": expected an array, found " + n.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    /** An array of strings ({@code null} elements kept: they normalise to {@code ""}). */
    static List<String> strings(JsonNode parent, String field, String where) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(parent, field, where);
        for (int i = 0; i < items.size(); i++) {
            out.add(string(items.get(i), where + "." + field + "[" + i + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    /** An object, or an error naming {@code where}. */
    static JsonNode object(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new InputException(where + ": expected an object");
        }
        return n;
    }
}
