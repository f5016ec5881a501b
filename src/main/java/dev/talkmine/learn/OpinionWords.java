package dev.talkmine.learn;

import dev.talkmine.ModelException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words and short phrases that state an opinion, with their valence (-4 very negative .. 4 very
 * positive), from {@code models/lexicon/opinion-words.tsv} (generated from VADER and a curated
 * supplement; see {@code models/README.md}). Looked up token by token: a phrase is found at the
 * token where it starts. Immutable and thread-safe.
 */
public final class OpinionWords {
    /** A lexicon without entries. */
    public static final OpinionWords EMPTY = new OpinionWords(Map.of());

    /**
     * An entry found in a token sequence.
     *
     * @param entry   the word or phrase, lower case
     * @param tokens  how many tokens it covers
     * @param valence its valence
     */
    public record Match(String entry, int tokens, double valence) {
    }

    /** Entries by their first word; a word's own entry comes last (longest phrase first). */
    private final Map<String, List<String[]>> byFirst;
    private final Map<String, Double> valences;

    private OpinionWords(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
        Map<String, List<String[]>> first = new HashMap<>();
        valences.keySet().stream().sorted().forEach(e -> {
            String[] words = e.split(" ");
            first.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        });
        first.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
        Map<String, List<String[]>> frozen = new HashMap<>();
        first.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byFirst = Map.copyOf(frozen);
    }

    /** A lexicon of these entries (tests). */
    public static OpinionWords of(Map<String, Double> valences) {
        Map<String, Double> lower = new HashMap<>();
        valences.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return new OpinionWords(lower);
    }

    /**
     * Parses the TSV: {@code #} comments, a {@code word<TAB>valence} header, then one entry per line.
     *
     * @throws ModelException naming the file and line of a malformed row
     */
    public static OpinionWords parse(String content, String origin) {
        Map<String, Double> out = new HashMap<>();
        boolean header = false;
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals("word\tvalence")) {
                    throw new ModelException(origin + ":" + (i + 1) + ": expected the header 'word<TAB>valence'");
                }
                header = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            try {
                if (cells.length != 2 || cells[0].isEmpty()) {
                    throw new NumberFormatException("two cells expected");
                }
                out.put(cells[0].toLowerCase(Locale.ROOT), Double.parseDouble(cells[1]));
            } catch (NumberFormatException e) {
                throw new ModelException(origin + ":" + (i + 1) + ": expected 'word<TAB>valence' (" + e.getMessage() + ")", e);
            }
        }
        return new OpinionWords(out);
    }

    /**
     * The longest entry that starts at token {@code i} of {@code lower} (lower-case tokens), or null.
     */
    public Match at(List<String> lower, int i) {
        List<String[]> candidates = byFirst.get(lower.get(i));
        if (candidates == null) {
            return null;
        }
        for (String[] words : candidates) {
            if (i + words.length <= lower.size() && matches(lower, i, words)) {
                String entry = words.length == 1 ? words[0] : String.join(" ", Arrays.asList(words));
                return new Match(entry, words.length, valences.get(entry));
            }
        }
        return null;
    }

    /** The number of entries. */
    public int size() {
        return valences.size();
    }

    private static boolean matches(List<String> lower, int i, String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!lower.get(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
