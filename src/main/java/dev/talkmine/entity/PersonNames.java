package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person mentions mended once every learner has run, where the report itself says more than the
 * mention decision and the linker could: a name that is no person's by its shape ("Static-site CMS",
 * "Multi-player WebGL", "KASADA": a word of capitals beside a word that is not or alone, a lower-case
 * letter before two capitals) is left out, and so is one that opens or ends as places' names do
 * ("San Diego", "South America": lexicon lists {@code place-first-words}, {@code place-last-words});
 * an organization or technology mention that names a person of the report ("Ann Lee") is that
 * person's; the first of two given names that share a surname takes the surname ("Dave
 * and Debbie Klein"); a lone first name or surname that fits several full names of the report is
 * the person of the nearest one named before it ("Colin" after "Colin Rundel", where "Colin
 * Gillespie" comes later), as a reader resolves it. The linker resolves a lone name only when one
 * full name fits, before the talks are found; this is done here so that no model's training
 * changes. Immutable.
 */
final class PersonNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word of three capitals or more: an acronym ("CMS", "KASADA"). */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{3,}");
    /** A lower-case letter before two capitals inside a word: "WebGL", "GraphQL" (not "McNamara", "DeLeon"). */
    private static final Pattern INNER_CAPITALS = Pattern.compile("\\p{Ll}\\p{Lu}{2}");
    /** Between a given name and a full name that it shares a surname with: " and ", " & ". */
    private static final Pattern AND = Pattern.compile("[ \\t]+(?:and|&)[ \\t]+");


    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    PersonNames(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The mentions with their person mentions mended as the class says, each change's reason in {@code reasons}. */
    List<Mention> mended(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> named = withoutDemonyms(mentions, reasons).stream()
                .filter(m -> m.type() != EntityType.PERSON || shapedLikeName(m.text()) && !placeName(m.text())).toList();
        return nearestFullName(namesakes(sharedSurnames(text, named, reasons), reasons), reasons);
    }

    /**
     * The mentions, each organization or technology mention whose name of two words or more is a
     * person mention's too ("Ann Lee", an organization once to the mention decision) that person's.
     */
    static List<Mention> namesakes(List<Mention> mentions, Map<Mention, String> reasons) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && SPACES.split(m.name().strip()).length > 1) {
                people.add(EntityLinker.fold(m.name()));
            }
        }
        if (people.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean namesake = (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.TECHNOLOGY)
                    && people.contains(EntityLinker.fold(m.name()));
            out.add(namesake ? EntityStage.asType(m, EntityType.PERSON, m.name(),
                    m.name() + ": a person the report names, no " + m.type().name().toLowerCase(Locale.ROOT) + " there", reasons)
                    : m);
        }
        return out;
    }

    /**
     * The mentions, each person mention that opens with a word made from an organization's name (a
     * gazetteer's alias of it that extends the name, "Red Hatter Ann Lee") split in two: that word an
     * organization mention of the organization, the rest the person. The candidate rules propose the
     * person alone as well, but the mention decision may keep the longer span.
     */
    List<Mention> withoutDemonyms(List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean split = false;
        for (Mention m : mentions) {
            int end = m.type() == EntityType.PERSON ? gazetteer.demonymEnd(m.text()) : 0;
            if (end == 0) {
                out.add(m);
                continue;
            }
            String demonym = m.text().substring(0, end);
            String org = gazetteer.organizationMadeFrom(demonym).orElseThrow().name();
            int personStart = end;
            while (Character.isWhitespace(m.text().charAt(personStart))) {
                personStart++;
            }
            int at = m.span().start();
            String person = m.text().substring(personStart);
            Mention company = new Mention(new TextSpan(at, at + end), demonym, EntityType.ORGANIZATION, org, null,
                    MentionSource.GAZETTEER, m.confidence(), "'" + demonym + "' is made from " + org + "'s name");
            Mention named = new Mention(new TextSpan(at + personStart, m.span().end()), person, EntityType.PERSON, person,
                    null, m.source(), m.confidence(), m.evidence());
            String why = m.text() + ": '" + demonym + "' stands for " + org + ", the rest is the person";
            reasons.put(company, why);
            reasons.put(named, why);
            out.add(company);
            out.add(named);
            split = true;
        }
        if (split) {
            out.sort(null);
        }
        return out;
    }

    /** Whether a name of two words or more opens or ends as places' names do ("San Diego", "South America"). */
    boolean placeName(String written) {
        String[] words = SPACES.split(written.strip());
        return words.length > 1 && (lexicon.contains("place-first-words", words[0])
                || lexicon.contains("place-last-words", words[words.length - 1]));
    }

    /**
     * Whether {@code written} may be a person's name by its shape: no word of three capitals or more
     * unless every word is one ("ADA LOVELACE" in a heading), and no lower-case letter before two
     * capitals in a word.
     */
    static boolean shapedLikeName(String written) {
        String[] words = SPACES.split(written.strip());
        int capitals = 0;
        for (String w : words) {
            if (INNER_CAPITALS.matcher(w).find()) {
                return false;
            }
            capitals += CAPITALS.matcher(w).matches() ? 1 : 0;
        }
        return capitals == 0 || words.length > 1 && capitals == words.length;
    }

    /**
     * The mentions, each lone given name written right before "and" and a two-word person mention
     * ("Dave and Debbie Klein") named with that person's surname.
     */
    static List<Mention> sharedSurnames(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention given = out.get(i);
            Mention full = out.get(i + 1);
            if (given.type() != EntityType.PERSON || full.type() != EntityType.PERSON || given.name().indexOf(' ') >= 0) {
                continue;
            }
            String[] fullWords = SPACES.split(full.name());
            if (fullWords.length == 2 && AND.matcher(text).region(given.span().end(), full.span().start()).matches()) {
                String name = given.name() + " " + fullWords[1];
                Mention renamed = given.withName(name);
                reasons.put(renamed, given.name() + ": given name sharing the surname of " + full.name() + " (" + name + ")");
                out.set(i, renamed);
            }
        }
        return out;
    }

    /**
     * The mentions, each one-word person mention whose name is the first word or the last word of
     * full names of the report's person mentions named after the one mentioned last before it, or, if
     * none comes before, first after it (the linker named those that fit one full name; a full name
     * made here, "Dave Klein", has none of them yet).
     */
    static List<Mention> nearestFullName(List<Mention> mentions, Map<Mention, String> reasons) {
        // where each first and last word of a full name stands, in text order: one pass, not one per lone name
        Map<String, List<Integer>> fullNamesBy = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && m.name().indexOf(' ') >= 0) {
                String[] words = SPACES.split(m.name());
                String first = EntityLinker.fold(words[0]);
                String last = EntityLinker.fold(words[words.length - 1]);
                fullNamesBy.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
                if (!last.equals(first)) {
                    fullNamesBy.computeIfAbsent(last, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            List<Integer> fitting = m.type() == EntityType.PERSON && m.name().indexOf(' ') < 0
                    ? fullNamesBy.get(EntityLinker.fold(m.name())) : null;
            if (fitting == null) {
                continue;
            }
            int nearest = fitting.get(0);
            for (int j : fitting) {
                nearest = j < i ? j : nearest;
            }
            String name = mentions.get(nearest).name();
            Mention renamed = m.withName(name);
            reasons.put(renamed, m.name() + ": the nearest of the full names it fits, " + name);
            out.set(i, renamed);
        }
        return out;
    }
}
