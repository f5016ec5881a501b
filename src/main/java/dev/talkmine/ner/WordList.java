package dev.talkmine.ner;

import dev.talkmine.ModelException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English words (from SCOWL, see {@code models/README.md}), to tell an unknown technology
 * name ("gitfs", "kcachegrind") from a word. Inflected forms of listed words count as words.
 * Immutable and thread-safe.
 */
public final class WordList {
    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** A list that knows no words. */
    public static WordList empty() {
        return new WordList(Set.of());
    }

    /**
     * Reads one lower-case word per line; {@code #} lines are comments.
     *
     * @throws ModelException when the stream cannot be read
     */
    public static WordList parse(InputStream in, String origin) {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new ModelException("word list " + origin + ": cannot read: " + e.getMessage(), e);
        }
        return new WordList(words);
    }

    private static final String[] PREFIXES = {"pre", "re", "un", "non", "sub", "multi", "over", "under", "co", "de", "mis", "auto"};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /**
     * Whether the word is one edit (insertion, deletion, substitution or swap of neighbours) from
     * an ordinary word: a misspelling ("committs", "noticable"). Only words of 8 letters or more,
     * since shorter technology names are often one edit from a word ("kargo", "gitfs", "ncurses").
     */
    public boolean isMisspelling(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 8) {
            return false;
        }
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length() && isWord(w.substring(0, i) + w.substring(i + 1))) {
                return true;
            }
            if (i + 1 < w.length() && isWord(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2))) {
                return true;
            }
            for (char c : LETTERS.toCharArray()) {
                if (i < w.length() && c != w.charAt(i) && words.contains(w.substring(0, i) + c + w.substring(i + 1))) {
                    return true;
                }
                if (words.contains(w.substring(0, i) + c + w.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Derivational endings and what their stems end with instead: "modularity" of "modular", "topologies" of "topology". */
    private static final String[][] DERIVATIONS = {{"ities", ""}, {"ities", "ity"}, {"ity", ""}, {"ness", ""}, {"ments", "ment"},
        {"ment", ""}, {"ations", "ation"}, {"ation", "e"}, {"ation", ""}, {"ibility", "ible"}, {"able", ""}, {"able", "e"},
        {"ize", ""}, {"ize", "e"}, {"ies", "y"}, {"ies", "ie"}};

    /**
     * Whether the word is an ordinary word or one derived from one by a common ending ("reproducibility",
     * "functionalities", "incentivize", "awesomeness"): SCOWL's smaller sizes leave many such words
     * out. Read after every learner only; the learned features read {@link #isWord}.
     */
    public boolean isDerivedWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (isWord(w)) {
            return true;
        }
        for (String[] d : DERIVATIONS) {
            if (w.endsWith(d[0]) && w.length() > d[0].length() + 3) {
                String stem = w.substring(0, w.length() - d[0].length()) + d[1];
                if (words.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word is an ordinary verb's "-ing" form: "using", "building", "running" (the stem,
     * the stem and "e" or the stem with its doubled letter undone is an ordinary word); not "spring"
     * or "string". Read after every learner only.
     */
    public boolean isGerund(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() < 5 || !words.contains(w)) {
            return false;
        }
        String stem = w.substring(0, w.length() - 3);
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return words.contains(stem) || words.contains(stem + "e") || doubled && words.contains(stem.substring(0, stem.length() - 1));
    }

    /** Whether the word, or the word without a common inflection or prefix, is an ordinary English word. */
    public boolean isWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (words.contains(w)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (w.startsWith(prefix) && w.length() > prefix.length() + 3 && words.contains(w.substring(prefix.length()))) {
                return true;
            }
        }
        for (String suffix : new String[] {"s", "es", "ed", "d", "ing", "er", "ers", "ly"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (words.contains(stem) || words.contains(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
