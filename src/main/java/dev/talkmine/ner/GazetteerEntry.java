package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * One row of a gazetteer: a canonical name, its type, category and aliases.
 *
 * @param name      canonical name ("Kubernetes", "Red Hat")
 * @param type      PERSON, ORGANIZATION or TECHNOLOGY
 * @param category  technology category or null
 * @param aliases   other surface forms ("k8s", "Red Hatter")
 * @param ambiguous whether the name is also an ordinary word or a person's name, so that a mention
 *                  needs corroborating context before it is accepted
 * @param origin    file and line it came from, for explanations and errors
 */
public record GazetteerEntry(String name, EntityType type, String category, List<String> aliases,
                             boolean ambiguous, String origin) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> forms() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
