package dev.talkmine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkmine.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * talkmine's JSON for one report (contract in {@code docs/output-format.md}), reduced to what the
 * scorer reads. A missing prediction is {@link #NONE}.
 *
 * @param text     the plain text the offsets refer to; empty when absent
 * @param talks    the predicted talks
 * @param entities the predicted entities
 */
record Prediction(String text, List<Talk> talks, List<Entity> entities) {
    /** No prediction: scored as an empty one, against the gold's {@code .txt}. */
    static final Prediction NONE = new Prediction("", List.of(), List.of());

    Prediction {
        talks = List.copyOf(talks);
        entities = List.copyOf(entities);
    }

    /**
     * A predicted talk.
     *
     * @param start         start offset in UTF-16 units; -1 when missing
     * @param end           end offset; -1 when missing
     * @param title         the title or {@code null}
     * @param kind          the kind; {@code talk} when missing or empty
     * @param speakers      the speakers, as listed (a bare string is a speaker without organizations)
     * @param organizations the talk's organizations
     * @param summary       the summary, "" when missing
     * @param verdict       the verdict's label ({@code verdict.label}, or {@code verdict} itself when it is a
     *                      string), {@code none} when missing or empty
     */
    record Talk(double start, double end, String title, String kind, List<Speaker> speakers, List<String> organizations,
                String summary, String verdict) {
        Talk {
            speakers = List.copyOf(speakers);
        }
    }

    /**
     * A predicted speaker.
     *
     * @param name          the name, {@code null} when missing
     * @param organizations the speaker's organizations
     */
    record Speaker(String name, List<String> organizations) {
    }

    /**
     * A predicted entity.
     *
     * @param name  the canonical name or {@code null}
     * @param type  the type as written ({@code PERSON}, ...), {@code ""} when missing
     * @param forms its spellings in the report: its mentions' {@code text} and its {@code surface_forms}
     */
    record Entity(String name, String type, List<String> forms) {
        Entity {
            forms = List.copyOf(forms);
        }

        /** An entity known only by its name. */
        Entity(String name, String type) {
            this(name, type, List.of());
        }
    }

    /** Reads a parsed prediction; {@code name} starts error messages. */
    static Prediction parse(JsonNode root, String name) {
        JsonNode textNode = root.get("text");
        String text = textNode != null && textNode.isTextual() ? textNode.textValue() : "";
        List<Talk> talks = new ArrayList<>();
        List<JsonNode> items = Json.array(root, "talks", name);
        for (int i = 0; i < items.size(); i++) {
            String where = name + ": talks[" + i + "]";
            JsonNode t = Json.object(items.get(i), where);
            List<Speaker> speakers = new ArrayList<>();
            List<JsonNode> sp = Json.array(t, "speakers", where);
            for (int j = 0; j < sp.size(); j++) {
                String w = where + ".speakers[" + j + "]";
                JsonNode s = sp.get(j);
                if (s.isObject()) {
                    speakers.add(new Speaker(Json.string(s, "name", w), Json.strings(s, "organizations", w)));
                } else {
                    speakers.add(new Speaker(Json.string(s, w), List.of()));
                }
            }
            String kind = Json.string(t, "kind", where);
            String summary = Json.string(t, "summary", where);
            talks.add(new Talk(offset(t, "start", where), offset(t, "end", where), Json.string(t, "title", where),
                    kind == null || kind.isEmpty() ? "talk" : kind, speakers, Json.strings(t, "organizations", where),
                    summary == null ? "" : summary, verdict(t.get("verdict"))));
        }
        List<Entity> entities = new ArrayList<>();
        List<JsonNode> es = Json.array(root, "entities", name);
        for (int i = 0; i < es.size(); i++) {
            String where = name + ": entities[" + i + "]";
            JsonNode e = Json.object(es.get(i), where);
            String type = Json.string(e, "type", where);
            List<String> forms = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) {
                JsonNode t = m.get("text");
                if (t != null && t.isTextual()) {
                    forms.add(t.textValue());
                }
            }
            for (JsonNode f : e.path("surface_forms")) {
                if (f.isTextual()) {
                    forms.add(f.textValue());
                }
            }
            entities.add(new Entity(Json.string(e, "name", where), type == null ? "" : type, forms));
        }
        return new Prediction(text, talks, entities);
    }

    /** {@code pt.get("verdict") or "none"}, and of a dict its {@code label or "none"}, as score_summary.py reads it. */
    private static String verdict(JsonNode v) {
        if (v != null && v.isObject()) {
            v = v.get("label");
        }
        if (v == null || v.isNull() || !truthy(v)) {
            return "none";
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** Python's truth value of a JSON value. */
    private static boolean truthy(JsonNode v) {
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        return v.size() > 0 || !(v.isArray() || v.isObject());
    }

    private static double offset(JsonNode t, String field, String where) {
        JsonNode n = t.get(field);
        if (n == null || n.isNull()) {
            return -1;
        }
        if (!n.isNumber()) {
            throw new InputException(where + "." + field + ": expected a number");
        }
        return n.doubleValue();
    }
}
