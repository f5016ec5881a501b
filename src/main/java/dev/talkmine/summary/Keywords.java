package dev.talkmine.summary;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.learn.Lexicon;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A talk's keywords: the technologies named in its passage, in order, then the words most
 * particular to it (by {@link Salience}) that are no part of a name. Stateless.
 */
final class Keywords {
    static final int MAX = 6;

    private Keywords() {
    }

    /** Up to {@link #MAX} keywords of a passage with these mentions and word weights. */
    static List<String> of(List<Mention> inTalk, Map<String, Double> weights, Lexicon lexicon) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : inTalk) {
            if (m.type() == EntityType.TECHNOLOGY && out.size() < MAX) {
                out.add(m.name());
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        out.forEach(k -> taken.add(k.toLowerCase(Locale.ROOT)));
        for (Mention m : inTalk) {
            taken.addAll(Salience.words(m.text(), lexicon)); // names are entities, not keywords
        }
        weights.entrySet().stream()
                .filter(e -> !taken.contains(e.getKey()) && e.getKey().length() > 2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(Math.max(0, MAX - out.size()))
                .forEach(e -> out.add(e.getKey()));
        return List.copyOf(out);
    }
}
