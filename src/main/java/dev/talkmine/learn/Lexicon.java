package dev.talkmine.learn;

import dev.talkmine.ModelException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cue words of conference reports, kept as data in {@code models/lexicon/<list>.txt} (one
 * word or phrase per line, {@code #} comments): talk verbs, session nouns, kind words, non-talk
 * topics, and the like. Each list is read once and kept as a set of words ({@link #contains}) and
 * as a case-insensitive, whole-word phrase finder ({@link #phrases}); {@link #alternation} gives it
 * to larger regexes. Beside them, the opinion words with their valence ({@link OpinionWords}).
 * Immutable and thread-safe.
 */
public final class Lexicon {
    /** The lists, by file name without {@code .txt}; see {@code models/README.md}. */
    public static final List<String> LISTS = List.of("talk-verbs", "session-nouns", "kind-keynote", "kind-lightning",
            "kind-panel", "kind-workshop", "kind-tutorial", "kind-other", "non-talk-topics", "time-words",
            "structure-words", "title-small-words", "affiliation-cues", "not-affiliation-cues", "other-event-cues",
            "opening-phrases", "summary-stop-words", "logistics-words", "negations", "contrasts", "hedges", "intensifiers",
            "delivery-nouns", "project-nouns", "first-person", "third-person", "talk-aspects", "talk-cues",
            "clause-joiners", "session-positions", "title-context-words", "opened-with-verbs", "skip-phrases",
            "speaker-labels");
    /** The opinion words with their valence, beside the lists. */
    public static final String OPINION_WORDS = "lexicon/opinion-words.tsv";
    /** The entity finders' lists (cue words, stop words, name particles): see {@code models/README.md}. */
    public static final List<String> ENTITY_LISTS = List.of("technology-cues", "software-kinds", "software-nouns",
            "descriptive-suffixes", "technology-stop-words", "organization-before", "organization-after", "honorifics",
            "not-name-words", "name-particles", "venue-words", "event-words", "organization-suffixes", "organization-verbs",
            "employment-verbs", "context-words", "role-words", "list-closers", "venue-kinds",
            "organization-units", "eponym-nouns", "company-nouns", "combining-forms", "concept-abbreviations",
            "company-verbs", "company-kinds", "place-first-words", "place-last-words",
            "company-people");

    private final Map<String, List<String>> entries;
    /** The same entries as sets: {@link #contains} runs for every word of every sentence in several stages. */
    private final Map<String, Set<String>> sets;
    private final Map<String, PhraseSet> phrases;
    private final OpinionWords opinions;

    private Lexicon(Map<String, List<String>> entries, OpinionWords opinions) {
        this.entries = Map.copyOf(entries);
        this.opinions = opinions;
        Map<String, Set<String>> s = new HashMap<>();
        Map<String, PhraseSet> f = new HashMap<>();
        entries.forEach((name, list) -> {
            s.put(name, Set.copyOf(list));
            f.put(name, new PhraseSet(list));
        });
        this.phrases = Map.copyOf(f);
        this.sets = Map.copyOf(s);
    }

    /**
     * Reads every list in {@link #LISTS} and {@link #ENTITY_LISTS} from {@code lexicon/}.
     *
     * @throws ModelException naming the file when one is missing
     */
    public static Lexicon load(ModelFiles files) {
        Map<String, List<String>> entries = new HashMap<>();
        for (String name : all()) {
            entries.put(name, parse(new String(files.read("lexicon/" + name + ".txt"), StandardCharsets.UTF_8)));
        }
        OpinionWords opinions = OpinionWords.parse(new String(files.read(OPINION_WORDS), StandardCharsets.UTF_8),
                files.origin(OPINION_WORDS));
        return new Lexicon(entries, opinions);
    }

    /** A lexicon of the given lists, for tests. */
    public static Lexicon of(Map<String, List<String>> lists) {
        return of(lists, OpinionWords.EMPTY);
    }

    /** A lexicon of the given lists and opinion words, for tests. */
    public static Lexicon of(Map<String, List<String>> lists, OpinionWords opinions) {
        Map<String, List<String>> entries = new HashMap<>();
        for (String name : all()) {
            entries.put(name, List.copyOf(lists.getOrDefault(name, List.of())));
        }
        return new Lexicon(entries, opinions);
    }

    /** The opinion words ({@value #OPINION_WORDS}). */
    public OpinionWords opinions() {
        return opinions;
    }

    private static List<String> all() {
        List<String> names = new ArrayList<>(LISTS);
        names.addAll(ENTITY_LISTS);
        return names;
    }

    /** The entries of a list, lower-case, in file order. */
    public List<String> list(String name) {
        return require(entries, name);
    }

    /** Whether {@code word} (any case) is an entry of the list. */
    public boolean contains(String name, String word) {
        return require(sets, name).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The entries of the list as whole words in any case, longest first where they overlap. */
    public PhraseSet phrases(String name) {
        return require(phrases, name);
    }

    /**
     * The list as a regex alternation without word boundaries ({@code (?:a\s+b|c)}), longest entry
     * first, for building larger patterns ("an opening phrase, then a session noun").
     */
    public String alternation(String name) {
        return alternation(require(entries, name));
    }

    private static <T> T require(Map<String, T> map, String name) {
        T t = map.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no lexicon list '" + name + "'");
        }
        return t;
    }

    static List<String> parse(String content) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : content.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Longest first (then alphabetical): the order an alternation and a phrase finder try entries in. */
    static List<String> longestFirst(List<String> list) {
        List<String> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static String alternation(List<String> list) {
        if (list.isEmpty()) {
            return "(?!)";
        }
        List<String> sorted = longestFirst(list);
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            b.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return b.append(")").toString();
    }
}
