package dev.talkmine.talk;

import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;

/**
 * Scores a talk's title as a run of tokens in the passage's first units, tagged B (begins the
 * title), I (inside it) or O (outside) by a maximum-entropy tagger that reads each token, its
 * neighbours and the tag before it. Titles come in every form ("Name – Title", "Title by Name
 * (Org)", "Title This talk was ...", "X's Title was ...", quoted, after a time), so where they
 * start and stop is learned from the tokens around them, not written as rules. The likeliest runs
 * go to {@link TitleChooser}, which picks the title among them.
 */
final class TitleTagger {
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";
    private static final List<String> TAGS = List.of(B, I, O);
    private static final int UNITS = 2;
    private static final int MAX_TOKENS = 60;
    private static final int MAX_TITLE_TOKENS = 30;
    /** Longer runs are sentences, not titles: of 568 annotated titles, one has 15 words and none more. */
    static final int MAX_TITLE_WORDS = 15;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}+#_]*+(?:['’.\\-/&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}+#_]*+)*+|\\S");

    private final Lexicon lexicon;

    TitleTagger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The tokens of a passage's first units with their own features. */
    Tokens tokens(Passage p) {
        String text = p.text();
        List<TextSpan> spans = new ArrayList<>();
        List<String[]> features = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int u = 0; u < Math.min(UNITS, p.units().size()); u++) {
            Unit unit = p.units().get(u);
            List<TextSpan> own = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(unit.content().start(), unit.content().end());
            while (m.find() && own.size() < MAX_TOKENS) {
                own.add(new TextSpan(m.start(), m.end()));
            }
            int[] elements = elements(unit, own);
            List<String> words = new ArrayList<>(own.size());
            own.forEach(token -> words.add(word(token.coveredText(text))));
            for (int i = 0; i < own.size(); i++) {
                spans.add(own.get(i));
                features.add(features(unit, u, words, elements, i));
                places.add(place(unit, u));
                types.add(elementId(unit.shape().typeAt(elements[i])));
            }
            forms.addAll(words);
        }
        return new Tokens(text, spans, features, places, types, forms);
    }

    /** Which of the passage's first units a token is in, and of what kind ("u0heading"). */
    private static String place(Unit unit, int u) {
        return "u" + u + SpeakerCandidates.kind(unit);
    }

    private static String elementId(ShapeToken.Type type) {
        return type == null ? "none" : type.id();
    }

    /** Token i's features, from the unit's tokens as word forms ({@link #word}) and their shape elements. */
    private static String[] features(Unit unit, int u, List<String> words, int[] elements, int i) {
        Features f = new Features();
        String where = place(unit, u);
        f.add("where", where);
        f.add("pos", i < 3 ? Integer.toString(i) : "3+");
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            String w = j < 0 ? "<s>" : j >= words.size() ? "</s>" : words.get(j);
            f.add("w" + d, w);
        }
        f.add("w-1w0", (i > 0 ? words.get(i - 1) : "<s>") + "|" + words.get(i));
        f.add("w0w+1", words.get(i) + "|" + (i + 1 < words.size() ? words.get(i + 1) : "</s>"));
        Shape shape = unit.shape();
        int k = elements[i];
        String elId = elementId(shape.typeAt(k));
        f.add("el", elId);
        // the element's place in the line: in "PERSON dash WORDS colon ..." every word of the WORDS
        // run is the title, not only the one next to the dash
        f.add("elCtx", id(shape.typeAt(k - 1), k) + ">" + elId + ">" + id(shape.typeAt(k + 1), k));
        f.add("slot", shape.signature(3) + "@" + (k < 0 ? "none" : Integer.toString(Math.min(k, 4))));
        f.add("elPrev", i > 0 ? String.valueOf(shape.typeAt(elements[i - 1])) : "<s>");
        f.add("elNext", i + 1 < words.size() ? String.valueOf(shape.typeAt(elements[i + 1])) : "</s>");
        for (String g : f.names()) {
            if (!g.startsWith("where")) {
                f.add(where + "&" + g);
            }
        }
        return f.names().toArray(String[]::new);
    }

    /** For each token, the index of the shape element (PERSON, QUOTED, TITLE ...) it belongs to, or -1. */
    private static int[] elements(Unit unit, List<TextSpan> own) {
        List<ShapeToken> shape = unit.shape().tokens();
        int[] out = new int[own.size()];
        for (int i = 0; i < own.size(); i++) {
            out[i] = -1;
            for (int k = 0; k < shape.size() && out[i] < 0; k++) {
                if (shape.get(k).span().contains(own.get(i))) {
                    out[i] = k;
                }
            }
        }
        return out;
    }

    /** A neighbouring element's type as a feature value: "|" past the line's ends, "na" for a token in no element. */
    private static String id(ShapeToken.Type type, int k) {
        return k < 0 ? "na" : type == null ? "|" : type.id();
    }

    /** A token as a feature: small and cue words by name, others by their form. */
    private String word(String w) {
        if (w.startsWith("<")) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (!Character.isLetterOrDigit(w.codePointAt(0))) {
            return w;
        }
        boolean cap = Character.isUpperCase(w.codePointAt(0));
        if (lower.length() <= 8 && (lexicon.contains("title-small-words", lower) || lexicon.contains("talk-verbs", lower)
                || lexicon.contains("session-nouns", lower) || lexicon.contains("kind-keynote", lower)
                || lexicon.contains("kind-panel", lower) || lexicon.contains("kind-workshop", lower)
                || lexicon.contains("kind-lightning", lower) || lexicon.contains("title-context-words", lower))) {
            return (cap ? "^" : "") + lower;
        }
        if (Character.isDigit(w.codePointAt(0))) {
            return "NUM";
        }
        return cap ? (w.length() > 1 && w.chars().allMatch(c -> !Character.isLowerCase(c)) ? "UPPER" : "Cap") : "low";
    }

    /** Features of token i given the tag before it. */
    static String[] withPrevious(Tokens t, int i, String previous) {
        String[] own = t.features().get(i);
        List<String> out = new ArrayList<>(own.length * 2 + 2);
        out.add(Features.BIAS);
        out.add("prev=" + previous);
        for (String f : own) {
            out.add(f);
            if (f.startsWith("w0") || f.startsWith("w-1w0") || f.startsWith("el") || f.startsWith("w+1")) {
                out.add(previous + "&" + f);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Training events: the tags that make the annotated title (found as a token run), else all O. */
    static List<Event> events(Tokens t, String title, UnaryOperator<String> norm) {
        int[] run = title == null ? null : find(t, title, norm);
        List<Event> out = new ArrayList<>();
        String previous = O;
        for (int i = 0; i < t.spans().size(); i++) {
            String tag = run == null || i < run[0] || i > run[1] ? O : i == run[0] ? B : I;
            out.add(new Event(tag, withPrevious(t, i, previous)));
            previous = tag;
        }
        return out;
    }

    /** The first token run whose text normalises to the title's, or null. */
    private static int[] find(Tokens t, String title, UnaryOperator<String> norm) {
        String want = norm.apply(title);
        String text = t.text();
        for (int a = 0; a < t.spans().size(); a++) {
            for (int b = a; b < Math.min(t.spans().size(), a + MAX_TITLE_TOKENS); b++) {
                if (norm.apply(text.substring(t.spans().get(a).start(), t.spans().get(b).end())).equals(want)) {
                    return new int[] {a, b};
                }
            }
        }
        return null;
    }

    /**
     * The likeliest title runs, best first, at most {@code limit} of them, each with its log-odds
     * against tagging no title. A run is scored as the tag sequence O…O B I…I O…O over all tokens;
     * prefix sums of the tokens' log-probabilities make each run's score a few additions, so every
     * run that could be a title is scored: up to {@link #MAX_TITLE_WORDS} words on its first line
     * (the tagger reads two units; what a run takes past a line break is cut from its title).
     */
    static List<Found> runs(Tokens t, Classifier model, int limit) {
        int n = t.spans().size();
        int b = model.index(B);
        int in = model.index(I);
        int o = model.index(O);
        List<Found> out = new ArrayList<>();
        if (n == 0 || b < 0 || in < 0 || o < 0) {
            return out; // no tokens, or trained on reports that never tag a title run
        }
        Probabilities probabilities = new Probabilities(t, model);
        double[] outside = new double[n + 1]; // log P(O | O) summed over tokens before i
        double[] inside = new double[n + 1]; // log P(I | I) summed over tokens before i
        double[] begin = new double[n];
        double[] second = new double[n];
        double[] afterOne = new double[n];
        double[] after = new double[n];
        for (int i = 0; i < n; i++) {
            double[] afterO = probabilities.at(i, O);
            double[] afterB = probabilities.at(i, B);
            double[] afterI = probabilities.at(i, I);
            outside[i + 1] = outside[i] + log(afterO[o]);
            inside[i + 1] = inside[i] + log(afterI[in]);
            begin[i] = log(afterO[b]);
            second[i] = log(afterB[in]);
            afterOne[i] = log(afterB[o]);
            after[i] = log(afterI[o]);
        }
        String text = t.text();
        for (int first = 0; first < n; first++) {
            int words = 1;
            boolean broken = false;
            for (int last = first; last < n && last < first + MAX_TITLE_TOKENS; last++) {
                if (last > first) {
                    String gap = text.substring(t.spans().get(last - 1).end(), t.spans().get(last).start());
                    broken |= gap.indexOf('\n') >= 0;
                    words += gap.isEmpty() || broken ? 0 : 1;
                }
                if (words > MAX_TITLE_WORDS) {
                    break;
                }
                double score = outside[first] + begin[first]
                        + (last > first ? second[first + 1] + inside[last + 1] - inside[first + 2] : 0)
                        + (last + 1 < n ? (last > first ? after : afterOne)[last + 1] + outside[n] - outside[last + 2] : 0);
                out.add(new Found(new TextSpan(t.spans().get(first).start(), t.spans().get(last).end()), first, last, score - outside[n]));
            }
        }
        out.sort(Comparator.comparingDouble(Found::logOdds).reversed().thenComparing(Found::span));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    private static double log(double p) {
        return Math.log(Math.max(1e-12, p));
    }

    /**
     * The model's answer for each token and tag before it, asked once: Viterbi and the no-title
     * score ask for the same ones several times, and the model is most of the title's cost.
     */
    private static final class Probabilities {
        private final Tokens tokens;
        private final Classifier model;
        private final double[][][] byPrevious;

        Probabilities(Tokens tokens, Classifier model) {
            this.tokens = tokens;
            this.model = model;
            this.byPrevious = new double[TAGS.size()][tokens.spans().size()][];
        }

        double[] at(int i, String previous) {
            double[][] row = byPrevious[TAGS.indexOf(previous)];
            if (row[i] == null) {
                row[i] = model.probabilities(withPrevious(tokens, i, previous));
            }
            return row[i];
        }
    }

    /**
     * A passage's tokens: spans in the report text, each token's own features, the unit it is in
     * ("u0heading"), the type of the shape element it belongs to ("person", "none") and its form as
     * a feature ("by", "Cap", "low").
     */
    record Tokens(String text, List<TextSpan> spans, List<String[]> features, List<String> places, List<String> elements,
                  List<String> forms) {
    }

    /** A title run: its span, its first and last token (indices into the tokens) and its log-odds against no title. */
    record Found(TextSpan span, int first, int last, double logOdds) {
    }
}
