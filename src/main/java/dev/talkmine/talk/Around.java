package dev.talkmine.talk;

import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What surrounds a span, as features: the shape elements on either side of it in its unit, and the
 * words just before and after it. Only lower-case words are named ("by", "gave", "former");
 * capitalised ones are "CAP", so that no name or title of a training report becomes a feature.
 */
final class Around {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’&-]*|[^\\s\\p{L}\\p{N}]");
    private static final int REACH = 60;

    private Around() {
    }

    /** The shape elements before and after {@code span} in {@code unit} ("start", "end" at the edges). */
    static void shape(Features f, String prefix, Unit unit, TextSpan span) {
        Shape s = unit.shape();
        int at = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.tokens().get(i).span().overlaps(span)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            f.add(prefix + "shape=none");
            return;
        }
        int last = at;
        while (last + 1 < s.size() && s.tokens().get(last + 1).span().start() < span.end()) {
            last++;
        }
        ShapeToken.Type before = s.typeAt(at - 1);
        ShapeToken.Type before2 = s.typeAt(at - 2);
        ShapeToken.Type after = s.typeAt(last + 1);
        ShapeToken.Type after2 = s.typeAt(last + 2);
        f.add(prefix + "b1", id(before, "start")).add(prefix + "a1", id(after, "end"));
        f.add(prefix + "b2", id(before2, "start") + "_" + id(before, "start"));
        f.add(prefix + "a2", id(after, "end") + "_" + id(after2, "end"));
        f.add(prefix + "index", at < 4 ? Integer.toString(at) : "4+");
    }

    /** The {@code n} words before and after {@code span}, inside {@code bound}. */
    static void words(Features f, String prefix, String text, TextSpan span, TextSpan bound, int n) {
        List<String> before = tokens(text, Math.max(bound.start(), span.start() - REACH), span.start());
        List<String> after = tokens(text, span.end(), Math.min(bound.end(), span.end() + REACH));
        for (int i = 0; i < n; i++) {
            f.add(prefix + "w-" + (i + 1), i < before.size() ? before.get(before.size() - 1 - i) : "<s>");
            f.add(prefix + "w+" + (i + 1), i < after.size() ? after.get(i) : "</s>");
        }
        before.forEach(w -> f.add(prefix + "bag-", w));
        after.forEach(w -> f.add(prefix + "bag+", w));
    }

    /** {@code text[from, to)}, empty when the range is empty or reversed (a mention reaching past its unit). */
    static String slice(String text, int from, int to) {
        int a = Math.max(0, Math.min(from, text.length()));
        int b = Math.max(a, Math.min(to, text.length()));
        return text.substring(a, b);
    }

    private static List<String> tokens(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        if (to <= from) {
            return out;
        }
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            out.add(Character.isUpperCase(w.codePointAt(0)) ? "CAP" : w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String id(ShapeToken.Type t, String none) {
        return t == null ? none : t.id();
    }
}
