package dev.talkmine.ner;

import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every gazetteer form in a text with a character trie over lower-cased forms, walked from
 * each word start, so matching costs O(text length x longest form) whatever the gazetteer's size.
 * Forms match whole words only: a form inside "quic-go", "net/http", "@handle" or "Node.js" does
 * not count. A possessive "'s" may follow, and so may a version glued to the name ("python3").
 * Immutable and thread-safe.
 */
final class GazetteerMatcher {

    /** A raw match: where, which entry, and whether the surface has the form's exact case. */
    record Match(TextSpan span, GazetteerEntry entry, String form, boolean exactCase, String version) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<GazetteerEntry> entries = new ArrayList<>();
        final List<String> forms = new ArrayList<>();
    }

    private final Node root = new Node();

    GazetteerMatcher(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            java.util.List<String> forms = new ArrayList<>(e.forms());
            for (String form : e.forms()) {
                // "RaspberryPi" for "Raspberry Pi": multi-word names are also matched without their spaces
                if (form.contains(" ") && form.replace(" ", "").length() >= 6) {
                    forms.add(form.replace(" ", ""));
                }
            }
            for (String form : forms) {
                Node n = root;
                String key = Gazetteer.key(form);
                for (int i = 0; i < key.length(); i++) {
                    n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
                }
                n.entries.add(e);
                n.forms.add(form);
            }
        }
    }

    /** All longest matches in text order; at one start only the longest form is kept, with all its entries. */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = lowerSameLength(text);
        }
        int i = 0;
        while (i < text.length()) {
            if (!startsWord(text, i)) {
                i++;
                continue;
            }
            Node n = root;
            int bestEnd = -1;
            Node best = null;
            String bestVersion = null;
            for (int j = i; j < text.length(); j++) {
                n = n.next.get(lower.charAt(j));
                if (n == null) {
                    break;
                }
                if (!n.entries.isEmpty()) {
                    int end = j + 1;
                    String version = gluedVersion(text, end);
                    int after = end + (version == null ? 0 : version.length());
                    if (endsWord(text, after)) {
                        bestEnd = end;
                        best = n;
                        bestVersion = version;
                    }
                }
            }
            if (best != null) {
                String surface = text.substring(i, bestEnd);
                int end = bestEnd + (bestVersion == null ? 0 : bestVersion.length());
                for (int k = 0; k < best.entries.size(); k++) {
                    String form = best.forms.get(k);
                    out.add(new Match(new TextSpan(i, end), best.entries.get(k), form, form.equals(surface), bestVersion));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String lowerSameLength(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(Character.toLowerCase(text.charAt(i)));
        }
        return b.toString();
    }

    static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (p == '/') {
            return Character.isUpperCase(text.charAt(i)); // "Ubuntu/Debian" is two names, "net/http" one path
        }
        return !Character.isLetterOrDigit(p) && !isMark(p) && "-_/.@#".indexOf(p) < 0;
    }

    static boolean endsWord(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c) || isMark(c) || c == '_' || c == '@') {
            return false;
        }
        if (c == '/' && end + 1 < text.length() && Character.isUpperCase(text.charAt(end + 1))) {
            return true; // "Ubuntu/Debian": two names
        }
        if ((c == '-' || c == '/' || c == '.' || c == '+' || c == '#') && end + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(end + 1))) {
            return false;
        }
        return true;
    }

    /** A combining mark ("e" + U+0301): part of the word before it, never a word boundary. */
    static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Digits glued to a name ("python3", "MySQL3", "jdk7"), or null. */
    private static String gluedVersion(String text, int end) {
        int k = end;
        while (k < text.length() && (Character.isDigit(text.charAt(k))
                || (text.charAt(k) == '.' && k > end && k + 1 < text.length() && Character.isDigit(text.charAt(k + 1))))) {
            k++;
        }
        return k > end && Character.isLetter(text.charAt(end - 1)) ? text.substring(end, k) : null;
    }
}
