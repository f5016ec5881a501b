package dev.talkmine.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes copy {@code k} of a report text different from copy 0 without changing its shape, so that
 * a corpus or a large report built from one seed is not the same text over and over: every
 * capitalised word of a capitalised pair ("Roberto Polli", "Lynn Root": mostly people) is renamed,
 * consistently throughout the copy, to a synthetic first or last name chosen by the copy number, and
 * every digit is shifted by {@code k} (mod 10). Copy 0 is the text unchanged. Deterministic.
 */
public final class Variator {
    private static final Pattern PAIR = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{2,})[ ](\\p{Lu}\\p{Ll}{2,})\\b");
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
    static final List<String> FIRST = List.of("Amara", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta",
            "Hiro", "Ines", "Jonas", "Kavya", "Lars", "Maite", "Nikos", "Olga", "Pavel", "Quinn", "Rosa", "Sven",
            "Tomasz", "Ulla", "Viktor", "Wanda", "Xenia", "Yusuf", "Zofia", "Anouk", "Bastian", "Carmen", "Dario",
            "Esther", "Filip", "Gideon", "Hanna", "Ivo", "Jelena", "Kai", "Lucia", "Matteo", "Nadia", "Oskar",
            "Petra", "Rafael", "Selma", "Teodor", "Vera", "Wilhelm", "Yara", "Zeno", "Agnes");
    static final List<String> LAST = List.of("Abbott", "Brandt", "Castell", "Dvorak", "Eriksen", "Falk", "Gallo",
            "Horvat", "Ibsen", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quiroga",
            "Rossi", "Schulte", "Tanaka", "Urban", "Varga", "Weber", "Yilmaz", "Zeller", "Albers", "Baptiste",
            "Costa", "Dekker", "Esposito", "Fischer", "Grieg", "Hansen", "Ivanova", "Jovanovic", "Keller",
            "Larsen", "Marino", "Nilsen", "Olsen", "Pereira", "Richter", "Santos", "Toivonen", "Ulrich", "Vidal",
            "Wagner", "Xavier", "Yamada", "Ziegler");

    private Variator() {
    }

    /** Copy {@code k} of {@code text}; {@code k = 0} returns {@code text} itself. */
    public static String vary(String text, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("copy number must be >= 0, was " + k);
        }
        if (k == 0) {
            return text;
        }
        Map<String, String> names = new HashMap<>();
        Matcher m = PAIR.matcher(text);
        int from = 0;
        while (m.find(from)) {
            names.putIfAbsent(m.group(1), pick(FIRST, m.group(1), k));
            names.putIfAbsent(m.group(2), pick(LAST, m.group(2), k));
            from = m.end(1) + 1; // pairs overlap in runs of three capitalised words
        }
        StringBuilder sb = new StringBuilder(text.length() + 64);
        Matcher w = WORD.matcher(text);
        int last = 0;
        while (w.find()) {
            String renamed = names.get(w.group());
            if (renamed != null) {
                appendDigitsShifted(sb, text, last, w.start(), k);
                sb.append(renamed);
                last = w.end();
            }
        }
        appendDigitsShifted(sb, text, last, text.length(), k);
        return sb.toString();
    }

    /** A name for {@code word} in copy {@code k}: different copies give different names. */
    private static String pick(List<String> names, String word, int k) {
        int h = Math.floorMod(word.hashCode() * 31 + k * 0x9E3779B9, names.size() * 97);
        return names.get((h + k) % names.size());
    }

    private static void appendDigitsShifted(StringBuilder sb, String text, int from, int to, int k) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + k) % 10) : c);
        }
    }
}
