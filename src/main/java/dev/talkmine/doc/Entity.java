package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * One canonical entity of a report with all its mentions.
 *
 * @param id         stable within the report: {@code e1, e2, ...} in order of first mention
 * @param name       canonical name ("Guido van Rossum", "Red Hat", "Kubernetes")
 * @param type       entity type
 * @param category   technology category, or null
 * @param confidence in [0, 1]: the best mention confidence, raised a little by repetition
 * @param mentions   its mentions in text order
 * @param merges     why each variant was merged into this name ("Guido: first name of Guido van Rossum")
 */
public record Entity(String id, String name, EntityType type, String category, double confidence,
                     List<Mention> mentions, List<String> merges) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        merges = List.copyOf(merges);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + name + " has no mentions");
        }
    }
}
