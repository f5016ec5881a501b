package dev.talkmine.input;

import dev.talkmine.doc.TextSpan;
import java.util.Optional;

/** Whitespace as the input layer sees it: block spans neither start nor end on it. */
final class Spans {
    private Spans() {
    }

    /** Java whitespace plus the Unicode space separators (no-break space, thin space…). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code s} has no character other than spaces. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [start, end)} of {@code text} without its leading and trailing spaces; empty if nothing is left. */
    static Optional<TextSpan> trimmed(CharSequence text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new TextSpan(start, end)) : Optional.empty();
    }
}
