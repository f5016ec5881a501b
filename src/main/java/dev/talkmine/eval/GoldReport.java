package dev.talkmine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold annotation file ({@code NN-slug.gold.json}, format in the corpus README), reduced to what
 * the scorer reads. Strings are as written; {@code null} list elements are kept (they normalise to
 * the empty string, as in {@code score.py}).
 *
 * @param talks         the gold talks in document order
 * @param nonTalkSections the first words of each non-talk passage, in document order
 * @param people        {@code entities.people}
 * @param organizations {@code entities.organizations}
 * @param technologies  {@code entities.technologies}
 */
public record GoldReport(List<Talk> talks, List<String> nonTalkSections, List<String> people, List<String> organizations,
                         List<String> technologies) {

    public GoldReport {
        talks = List.copyOf(talks);
        nonTalkSections = List.copyOf(nonTalkSections);
    }

    /**
     * A gold talk.
     *
     * @param title         the title, {@code null} when the report gives none
     * @param speakers      speaker names
     * @param organizations the speakers' stated organizations
     * @param kind          the kind; {@code talk} when missing or empty, as {@code score.py} reads it
     * @param firstWords    the passage's first words, {@code null} if missing
     * @param keySentences  the 1-2 sentences that best say what the talk was about; null when the talk has no
     *                      {@code key_sentences} field ({@code score_summary.py} skips a report where no talk has one)
     * @param verdict       the author's verdict ({@code positive}, ..., {@code none}), {@code none} when missing
     * @param verdictEvidence the phrase that states the verdict, or null
     */
    public record Talk(String title, List<String> speakers, List<String> organizations, String kind, String firstWords,
                       List<String> keySentences, String verdict, String verdictEvidence) {
        /** Whether the annotation gives this talk's key sentences. */
        public boolean hasKeySentences() {
            return keySentences != null;
        }
    }

    /** Loads a gold file. */
    public static GoldReport load(Path file) {
        return parse(Json.object(file), file.toString());
    }

    /** Reads a parsed gold file; {@code name} starts error messages. */
    static GoldReport parse(JsonNode root, String name) {
        List<Talk> talks = new ArrayList<>();
        List<JsonNode> items = Json.array(root, "talks", name);
        for (int i = 0; i < items.size(); i++) {
            String where = name + ": talks[" + i + "]";
            JsonNode t = Json.object(items.get(i), where);
            String kind = Json.string(t, "kind", where);
            String verdict = t.has("verdict") ? Json.string(t, "verdict", where) : null;
            talks.add(new Talk(Json.string(t, "title", where), Json.strings(t, "speakers", where),
                    Json.strings(t, "organizations", where), kind == null || kind.isEmpty() ? "talk" : kind,
                    Json.string(t, "first_words", where),
                    t.has("key_sentences") ? Json.strings(t, "key_sentences", where) : null,
                    verdict == null || verdict.isEmpty() ? "none" : verdict,
                    t.has("verdict_evidence") ? Json.string(t, "verdict_evidence", where) : null));
        }
        List<String> nonTalk = root.has("non_talk_sections") ? Json.strings(root, "non_talk_sections", name) : List.of();
        JsonNode entities = root.get("entities");
        if (entities == null || entities.isNull()) {
            return new GoldReport(talks, nonTalk, List.of(), List.of(), List.of());
        }
        String where = name + ": entities";
        Json.object(entities, where);
        return new GoldReport(talks, nonTalk, Json.strings(entities, "people", where),
                Json.strings(entities, "organizations", where), Json.strings(entities, "technologies", where));
    }
}
