package dev.talkmine.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A faithful port of {@code norm()} in {@code score.py}, plus the Python character classes the
 * scorer relies on. Python's {@code \w}, {@code \s} and {@code str.split()} are Unicode-aware and
 * differ in details from Java's classes (even with {@code UNICODE_CHARACTER_CLASS}), so they are
 * spelled out here.
 */
public final class TextNorm {
    /** Python {@code str.isspace()}, {@code str.split()} and regex {@code \s} (str patterns), as a Java class. */
    static final String PY_SPACE_CLASS =
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}]";
    /** Python regex {@code \W} (str patterns): not a letter, not a number, not {@code _}. */
    static final String PY_NON_WORD_CLASS = "[^\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]";
    /** Python regex {@code \d} (str patterns): a decimal digit. */
    static final String PY_DIGIT_CLASS = "\\p{Nd}";

    /** Python's ordering of strings: by code point (Java's {@code compareTo} orders by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = TextNorm::compareCodePoints;

    private static final String STRIP = " .-/";
    private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB";
    private static final String KEPT = "+#./ -";

    private TextNorm() {
    }

    /**
     * {@code norm(s)}: NFKD, combining marks dropped, lower case, curly apostrophes made straight,
     * double quotes and guillemets removed, {@code 's} at a word end removed, every other character
     * that is not a word character or one of {@code +#./ -} made a space, spaces collapsed, and
     * {@code " .-/"} stripped from both ends. {@code null} gives {@code ""}.
     */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(cp -> !isCombining(cp)).forEach(b::appendCodePoint);
        String x = lower(b.toString()).replace('\u2019', '\'').replace('\u2018', '\'');
        // re.sub(r"[\"“”«»]", "", s)
        b.setLength(0);
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        x = b.toString();
        // re.sub(r"'s\b", "", s): 's followed by the end or a non-word character
        b.setLength(0);
        for (int i = 0; i < x.length(); ) {
            if (x.charAt(i) == '\'' && i + 1 < x.length() && x.charAt(i + 1) == 's'
                    && (i + 2 == x.length() || !isWord(x.codePointAt(i + 2)))) {
                i += 2;
                continue;
            }
            b.append(x.charAt(i));
            i++;
        }
        x = b.toString();
        // re.sub(r"[^\w+#./ -]", " ", s), then re.sub(r"\s+", " ", s): only spaces are left to collapse
        b.setLength(0);
        for (int i = 0; i < x.length(); ) {
            int cp = x.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = isWord(cp) || (cp < 128 && KEPT.indexOf(cp) >= 0);
            if (keep && cp != ' ') {
                b.appendCodePoint(cp);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return strip(b.toString(), STRIP);
    }

    /** {@link #norm} of each name, as a set ({@code {norm(x) for x in names}}). */
    static Set<String> normSet(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            out.add(norm(n));
        }
        return out;
    }

    /**
     * Python's {@code str.lower()}: the full lower-case mapping (only U+0130 maps to two
     * characters), and capital sigma becomes final sigma after a cased letter that is not followed
     * by one, skipping case-ignorable characters. Java's {@code toLowerCase} decides final sigma by
     * word boundaries instead, which differs.
     */
    static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == 0x3A3) {
                b.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
            } else if (cp == 0x130) {
                b.append("i\u0307");
            } else {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** {@code \p{cased}\p{case-ignorable}* U+03A3 !(\p{case-ignorable}* \p{cased})}, as CPython checks it. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = -1;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                break;
            }
            c = -1;
        }
        if (c < 0 || !isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); j += Character.charCount(c)) {
            c = s.codePointAt(j);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** Unicode's Cased property: Lowercase, Uppercase or Lt. */
    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /**
     * Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet
     * or Single_Quote.
     */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                int t = Character.getType(cp);
                return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                        || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
        }
    }

    /**
     * Python regex {@code \w} (str patterns): {@code str.isalnum()} or {@code _}, that is a letter
     * (Lu, Ll, Lt, Lm, Lo), a number (Nd, Nl, No) or the underscore. Marks are not word characters.
     */
    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Python {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /**
     * {@code unicodedata.combining(c) != 0}: a non-zero canonical combining class. Java has no API
     * for it, so it is probed through canonical reordering: NFD moves a mark with a class between 1
     * and 239 in front of U+0345 (class 240, the highest, and the only character with it). Meant for
     * characters of NFD/NFKD text, which do not decompose further.
     */
    static boolean isCombining(int cp) {
        if (cp < 0x300) {
            return false;
        }
        if (cp == 0x345) {
            return true;
        }
        String probe = "\u0345" + Character.toString(cp);
        return Normalizer.normalize(probe, Normalizer.Form.NFD).charAt(0) != '\u0345';
    }

    /** Python's {@code str.split()} with no argument: runs of whitespace separate, no empty words. */
    static List<String> splitWords(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (space && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** {@code s.strip()}: removes Python white space ({@link #isSpace}) from both ends. */
    static String stripSpace(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** {@code s.strip(chars)}: removes any of {@code chars} from both ends (BMP characters only). */
    static String strip(String s, String chars) {
        int from = 0;
        int to = s.length();
        while (from < to && chars.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
