package dev.talkmine.ner;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Features of a candidate's own characters, generic across names: its collapsed shape ("Xx.x"
 * for "Node.js", "Xx Xx-Xx" for "Anna Smith-Jones"), case pattern, digits, hyphens, dots,
 * CamelCase, word count. No feature names a particular name. (Prefixes and suffixes of two to four
 * letters were tried and dropped: cross-validated F1 was higher without them for every type, as
 * they fit the names of the training reports rather than new ones.) Stateless.
 */
final class SpanShape {
    private static final int MAX_SHAPE = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

    private SpanShape() {
    }

    /** The features, added to {@code out}. */
    static void add(String surface, List<String> out) {
        String[] words = SPACES.split(surface.strip());
        out.add("shape=" + shape(surface));
        out.add("case=" + casing(words));
        out.add("words=" + Math.min(words.length, 4));
        out.add("chars=" + (surface.length() <= 2 ? "1-2" : surface.length() <= 4 ? "3-4" : surface.length() <= 8 ? "5-8" : "9+"));
        flag(surface.chars().anyMatch(Character::isDigit), "has-digit", out);
        flag(surface.indexOf('-') > 0, "has-hyphen", out);
        flag(surface.indexOf('.') > 0, "has-dot", out);
        flag(surface.indexOf('/') > 0, "has-slash", out);
        flag(surface.indexOf('+') > 0 || surface.indexOf('#') > 0, "has-plus", out);
        flag(surface.indexOf('\'') > 0 || surface.indexOf('’') > 0, "has-apostrophe", out);
    }

    private static void flag(boolean on, String name, List<String> out) {
        if (on) {
            out.add(name);
        }
    }

    /** Each character as its class (X upper, x lower, d digit, the character itself otherwise), runs collapsed. */
    static String shape(String s) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length() && b.length() < MAX_SHAPE; i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isWhitespace(c) ? ' ' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    /** lower, upper, title (every word capitalised), camel (a capital inside a word), or mixed. */
    static String casing(String[] words) {
        boolean allLower = true;
        boolean allUpper = true;
        boolean allTitle = true;
        boolean camel = false;
        for (String w : words) {
            String letters = NON_LETTER.matcher(w).replaceAll("");
            if (letters.isEmpty()) {
                continue;
            }
            allLower &= letters.equals(letters.toLowerCase(Locale.ROOT));
            allUpper &= letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
            allTitle &= Character.isUpperCase(letters.codePointAt(0));
            String rest = letters.substring(1);
            camel |= !rest.equals(rest.toLowerCase(Locale.ROOT)) && !rest.equals(rest.toUpperCase(Locale.ROOT));
        }
        return allLower ? "lower" : allUpper ? "upper" : camel ? "camel" : allTitle ? "title" : "mixed";
    }
}
