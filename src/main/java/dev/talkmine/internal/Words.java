package dev.talkmine.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words of a text as a set, for "does this line repeat that one" (a heading its page's title). */
public final class Words {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {
    }

    /**
     * The distinct words of {@code text}, lower case: its runs of letters and digits.
     *
     * @param text any text
     * @return a new mutable set, empty for a text without letters or digits
     */
    public static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
