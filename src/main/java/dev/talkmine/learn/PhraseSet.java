package dev.talkmine.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon list as a whole-word, case-insensitive phrase finder: the matches of a regex built from
 * {@link Lexicon#alternation} between letter-or-digit boundaries (case-insensitive, Unicode case),
 * found without the regex engine. The regex tries every entry at every word start; this tries only
 * the entries that begin with the character found there, which makes the cue features of every
 * unit and sentence several times cheaper. A space in an entry matches one or more whitespace
 * characters, as in the regex. Immutable and thread-safe.
 */
public final class PhraseSet {
    private static final int ASCII = 128;
    /** Entries as case-folded code points, by their first one, longest first (the pattern's order). */
    private final Map<Integer, int[][]> byFirst;
    /** The same for each ASCII character as written (both cases), looked up without boxing. */
    private final int[][][] ascii = new int[ASCII][][];

    PhraseSet(List<String> entries) {
        Map<Integer, List<int[]>> groups = new HashMap<>();
        for (String e : Lexicon.longestFirst(entries)) {
            int[] folded = e.codePoints().map(PhraseSet::fold).toArray();
            groups.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(folded);
        }
        Map<Integer, int[][]> m = new HashMap<>();
        groups.forEach((k, v) -> m.put(k, v.toArray(int[][]::new)));
        this.byFirst = Map.copyOf(m);
        for (int c = 0; c < ASCII; c++) {
            ascii[c] = byFirst.get(fold(c));
        }
    }

    /** A match: where it starts and ends in the text. */
    public record Match(int start, int end) {
    }

    /** Whether any entry occurs in {@code s} as whole words. */
    public boolean in(CharSequence s) {
        return find(s, 0) != null;
    }

    /** Every match in {@code s}, left to right, none overlapping (as a regex's successive finds). */
    public List<Match> all(CharSequence s) {
        List<Match> out = new ArrayList<>();
        for (Match m = find(s, 0); m != null; m = find(s, m.end())) {
            out.add(m);
        }
        return out;
    }

    /** The leftmost match at or after {@code from}, or null. */
    public Match find(CharSequence s, int from) {
        int n = s.length();
        boolean afterWord = from > 0 && wordChar(Character.codePointBefore(s, from));
        for (int i = from; i < n; ) {
            int c = Character.codePointAt(s, i);
            boolean word = wordChar(c);
            if (!afterWord) {
                int[][] candidates = c < ASCII ? ascii[c] : byFirst.get(fold(c));
                for (int k = 0; candidates != null && k < candidates.length; k++) {
                    int end = matchAt(s, i, candidates[k]);
                    if (end >= 0) {
                        return new Match(i, end);
                    }
                }
            }
            afterWord = word;
            i += Character.charCount(c);
        }
        return null;
    }

    /** Where {@code entry} ends when it matches at {@code at} and is followed by no letter or digit, else -1. */
    private static int matchAt(CharSequence s, int at, int[] entry) {
        int i = at;
        int n = s.length();
        for (int k = 0; k < entry.length; k++) {
            if (entry[k] == ' ') {
                int spaces = 1;
                while (k + 1 < entry.length && entry[k + 1] == ' ') {
                    spaces++;
                    k++;
                }
                int run = 0;
                while (i < n && isSpace(s.charAt(i))) {
                    run++;
                    i++;
                }
                if (run < spaces) {
                    return -1;
                }
                continue;
            }
            if (i >= n) {
                return -1;
            }
            int c = Character.codePointAt(s, i);
            if (entry[k] != c && entry[k] != fold(c)) {
                return -1;
            }
            i += Character.charCount(c);
        }
        return i < n && wordChar(Character.codePointAt(s, i)) ? -1 : i;
    }

    /** The case folding of a case-insensitive Unicode regex. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean wordChar(int c) {
        if (c < ASCII) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
