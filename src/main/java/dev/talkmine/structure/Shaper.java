package dev.talkmine.structure;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken;
import dev.talkmine.doc.ShapeToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shape of a span of text: mentions become PERSON / ORG / TECH, quotes QUOTED, schedule
 * times TIME, days and dates DATE, punctuation and joining words separators, and the remaining
 * words runs of TITLE (capitalised) or WORDS. Only the first {@link #MAX_CHARS} characters are read:
 * the form of a line is in its start. Thread-safe.
 */
final class Shaper {
    static final int MAX_CHARS = 300;
    private static final int MAX_QUOTE = 200;
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[-–—]\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?"
            + "|\\d{1,2}\\s*[ap]\\.?m\\.?(?![\\p{L}])|[012]\\d[0-5]\\d(?=\\s*[-–—|:])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}+#&_]*+(?:['’.\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}+#&_]*+)*+");
    private static final Pattern HANDLE = Pattern.compile("@[\\w.]+");

    private final Lexicon lexicon;

    Shaper(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The shape of {@code span}; {@code mentions} are the report's mentions inside it, in order. */
    Shape shape(String text, TextSpan span, List<Mention> mentions) {
        int end = Math.min(span.end(), span.start() + MAX_CHARS);
        List<Raw> raw = new ArrayList<>();
        int m = 0;
        int i = span.start();
        while (i < end) {
            while (m < mentions.size() && mentions.get(m).span().start() < i) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).span().start() == i) {
                Mention mention = mentions.get(m);
                raw.add(new Raw(type(mention.type()), mention.span(), false));
                i = mention.span().end();
            } else {
                i = Math.max(i + 1, element(text, i, end, raw));
            }
        }
        return new Shape(mergeRuns(raw));
    }

    /** Reads the element at {@code i} into {@code out}; returns where the next one starts. */
    private int element(String text, int i, int end, List<Raw> out) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
            return i + 1;
        }
        if (c == '"' || c == '“' || c == '«') {
            int close = closingQuote(text, i, end, c);
            if (close > i) {
                out.add(new Raw(Type.QUOTED, new TextSpan(i, close + 1), false));
                return close + 1;
            }
            return i + 1;
        }
        Matcher time = TIME.matcher(text).region(i, end);
        if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && time.lookingAt()) {
            out.add(new Raw(Type.TIME, new TextSpan(i, time.end()), false));
            return time.end();
        }
        if (c == '@') {
            Matcher h = HANDLE.matcher(text).region(i, end);
            if (h.lookingAt()) {
                out.add(new Raw(Type.HANDLE, new TextSpan(i, h.end()), false));
                return h.end();
            }
        }
        Type sep = separator(text, i);
        if (sep != null) {
            out.add(new Raw(sep, new TextSpan(i, i + 1), false));
            return i + 1;
        }
        Matcher w = WORD.matcher(text).region(i, end);
        if (w.lookingAt()) {
            word(text, i, w.end(), out);
            return w.end();
        }
        return i + 1;
    }

    private void word(String text, int start, int end, List<Raw> out) {
        String word = text.substring(start, end);
        int stem = end;
        if (word.endsWith("'s") || word.endsWith("’s")) {
            stem = end - 2;
            word = word.substring(0, word.length() - 2);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Type t = switch (lower) {
            case "by" -> Type.BY;
            case "with", "featuring", "feat" -> Type.WITH;
            case "and", "&" -> Type.AND;
            case "from", "at" -> Type.FROM;
            default -> null;
        };
        if (t == null) {
            if (isKind(lower)) {
                t = Type.KIND;
            } else if (lexicon.contains("time-words", lower) && (Character.isUpperCase(word.charAt(0)) || lower.equals("day"))) {
                t = Type.DATE;
            } else if (word.chars().allMatch(Character::isDigit)) {
                t = Type.NUMBER;
            } else if (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.charAt(0))) {
                t = Type.TITLE;
            } else {
                t = Type.WORDS;
            }
        }
        boolean small = t == Type.WORDS && lexicon.contains("title-small-words", lower);
        out.add(new Raw(t, new TextSpan(start, stem), small));
        if (end > stem) {
            out.add(new Raw(Type.POSS, new TextSpan(stem, end), false));
        }
    }

    private boolean isKind(String lower) {
        for (String list : List.of("kind-keynote", "kind-lightning", "kind-panel", "kind-workshop", "kind-tutorial")) {
            if (lexicon.contains(list, lower)) {
                return true;
            }
        }
        return false;
    }

    private static Type separator(String text, int i) {
        char c = text.charAt(i);
        boolean spaced = (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
        return switch (c) {
            case '–', '—', '−' -> Type.DASH;
            case '-' -> spaced || i + 1 < text.length() && text.charAt(i + 1) == '-' ? Type.DASH : null;
            case ':' -> Type.COLON;
            case ',', ';' -> Type.COMMA;
            case '|', '·', '•' -> Type.PIPE;
            case '(', '[' -> Type.OPEN;
            case ')', ']' -> Type.CLOSE;
            case '.', '!', '?' -> i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) ? Type.END : null;
            default -> null;
        };
    }

    private static int closingQuote(String text, int open, int end, char c) {
        char close = c == '“' ? '”' : c == '«' ? '»' : '"';
        int limit = Math.min(text.length(), Math.max(end, open + MAX_QUOTE));
        for (int j = open + 1; j < limit; j++) {
            char d = text.charAt(j);
            if (d == close || c == '“' && d == '"') {
                return j - open > 1 ? j : -1;
            }
            if (d == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static Type type(EntityType t) {
        return switch (t) {
            case PERSON -> Type.PERSON;
            case ORGANIZATION -> Type.ORG;
            default -> Type.TECH;
        };
    }

    /**
     * Joins neighbouring capitalised words into one TITLE (a small word between two of them stays
     * inside: "Art of Scaling") and neighbouring lower-case words into one WORDS.
     */
    private static List<ShapeToken> mergeRuns(List<Raw> raw) {
        List<ShapeToken> out = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Raw t = raw.get(k);
            ShapeToken last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean bridge = t.small() && k + 1 < raw.size() && raw.get(k + 1).type() == Type.TITLE;
            boolean extend = last != null && (t.type() == Type.TITLE || t.type() == Type.WORDS)
                    && (last.type() == t.type() || bridge && last.type() == Type.TITLE);
            if (extend) {
                out.set(out.size() - 1, new ShapeToken(last.type(), new TextSpan(last.span().start(), t.span().end())));
            } else {
                out.add(new ShapeToken(t.type(), t.span()));
            }
        }
        return out;
    }

    /** An element before runs are joined; {@code small} marks a small word that may sit inside a title. */
    private record Raw(Type type, TextSpan span, boolean small) {
    }
}
