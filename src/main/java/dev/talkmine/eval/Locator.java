package dev.talkmine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of {@code locate()} in {@code score.py}: where a gold {@code first_words} string starts in
 * a report's text, tolerating whitespace differences and, as a last resort, Markdown list markers,
 * heading signs and emphasis that the rendered plain text no longer has.
 *
 * <p>Offsets are UTF-16 code units: the search runs on the Java string itself, so its match offsets
 * are already what {@code score.py} computes with {@code utf16(text, i)} from its code point index,
 * and the {@code after} hint (the previous gold talk's start) can stay in UTF-16 units too, as the
 * mapping between the two is monotonic.
 */
public final class Locator {
    private static final String SPACES = TextNorm.PY_SPACE_CLASS + "+";
    private static final String GAP = TextNorm.PY_NON_WORD_CLASS + "*" + TextNorm.PY_SPACE_CLASS + "*";
    private static final Pattern MARKER = Pattern.compile("[-*#>\u2022]+|" + TextNorm.PY_DIGIT_CLASS + "+[.)]");
    private static final String EMPHASIS = "*_`[]";

    private Locator() {
    }

    /**
     * The UTF-16 offset where {@code firstWords} occurs in {@code text}, preferring a match at or
     * after {@code after}; -1 when it is {@code null}, empty or not found.
     */
    public static int locate(String text, String firstWords, int after) {
        if (firstWords == null || firstWords.isEmpty()) {
            return -1;
        }
        int from = Math.max(0, Math.min(after, text.length()));
        List<String> words = TextNorm.splitWords(firstWords);
        Pattern pat = join(words, SPACES);
        int m = search(pat, text, from);
        if (m < 0) {
            m = search(pat, text, 0);
        }
        if (m < 0 && words.size() > 3) {
            m = searchEither(join(words.subList(0, 4), SPACES), text, from);
        }
        if (m < 0) {
            // Markdown/HTML input: list markers and heading signs may be gone from the plain text
            List<String> core = new ArrayList<>();
            for (String w : words) {
                if (core.size() < 4 && !MARKER.matcher(w).matches()) {
                    core.add(TextNorm.strip(w, EMPHASIS));
                }
            }
            if (!core.isEmpty()) {
                m = searchEither(join(core, GAP), text, from);
            }
        }
        return m;
    }

    private static Pattern join(List<String> words, String separator) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(separator);
            }
            b.append(Pattern.quote(w));
        }
        return Pattern.compile(b.toString()); // per call on purpose: the regex is made of this gold talk's words
    }

    /** {@code pat.search(text, after) or pat.search(text)}. */
    private static int searchEither(Pattern pat, String text, int from) {
        int m = search(pat, text, from);
        return m >= 0 ? m : search(pat, text, 0);
    }

    private static int search(Pattern pat, String text, int from) {
        Matcher m = pat.matcher(text);
        return m.find(from) ? m.start() : -1;
    }
}
