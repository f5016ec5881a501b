package dev.talkmine.talk;

import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;

/**
 * Finds a talk's title as a run of tokens in the passage's first units, tagged B (begins the
 * title), I (inside it) or O (outside) by a maximum-entropy tagger that reads each token, its
 * neighbours and the tag before it, decoded with Viterbi. Titles come in every form ("Name –
 * Title", "Title by Name (Org)", "Title This talk was ...", "X's Title was ...", quoted, after a
 * time), so where they start and stop is learned from the tokens around them, not written as rules.
 */
final class TitleTagger {
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";
    private static final List<String> TAGS = List.of(B, I, O);
    private static final int UNITS = 2;
    private static final int MAX_TOKENS = 60;
    private static final int MAX_TITLE_TOKENS = 30;
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
        for (int u = 0; u < Math.min(UNITS, p.units().size()); u++) {
            Unit unit = p.units().get(u);
            List<TextSpan> own = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(unit.content().start(), unit.content().end());
            while (m.find() && own.size() < MAX_TOKENS) {
                own.add(new TextSpan(m.start(), m.end()));
            }
            int[] elements = elements(unit, own);
            for (int i = 0; i < own.size(); i++) {
                spans.add(own.get(i));
                features.add(features(text, unit, u, own, elements, i));
            }
        }
        return new Tokens(text, spans, features);
    }

    private String[] features(String text, Unit unit, int u, List<TextSpan> own, int[] elements, int i) {
        Features f = new Features();
        String where = "u" + u + SpeakerCandidates.kind(unit);
        f.add("where", where);
        f.add("pos", i < 3 ? Integer.toString(i) : "3+");
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            String w = j < 0 ? "<s>" : j >= own.size() ? "</s>" : word(own.get(j).coveredText(text));
            f.add("w" + d, w);
        }
        f.add("w-1w0", word(i > 0 ? own.get(i - 1).coveredText(text) : "<s>") + "|" + word(own.get(i).coveredText(text)));
        f.add("w0w+1", word(own.get(i).coveredText(text)) + "|" + (i + 1 < own.size() ? word(own.get(i + 1).coveredText(text)) : "</s>"));
        Shape shape = unit.shape();
        int k = elements[i];
        ShapeToken.Type el = shape.typeAt(k);
        String elId = el == null ? "none" : el.id();
        f.add("el", elId);
        // the element's place in the line: in "PERSON dash WORDS colon ..." every word of the WORDS
        // run is the title, not only the one next to the dash
        f.add("elCtx", id(shape.typeAt(k - 1), k) + ">" + elId + ">" + id(shape.typeAt(k + 1), k));
        f.add("slot", shape.signature(3) + "@" + (k < 0 ? "none" : Integer.toString(Math.min(k, 4))));
        f.add("elPrev", i > 0 ? String.valueOf(shape.typeAt(elements[i - 1])) : "<s>");
        f.add("elNext", i + 1 < own.size() ? String.valueOf(shape.typeAt(elements[i + 1])) : "</s>");
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
        out.add("bias");
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
     * The most likely title: the best tag sequence that holds exactly one B-I run (Viterbi over the
     * states before / begin / inside / after), with its log-odds against tagging nothing, or null
     * when the passage has no tokens.
     */
    static Found decode(Tokens t, Classifier model) {
        int n = t.spans().size();
        if (n == 0) {
            return null;
        }
        int[] at = {model.index(B), model.index(I), model.index(O)};
        if (at[0] < 0 || at[1] < 0 || at[2] < 0) {
            return null; // trained on reports that never tag a title run
        }
        // states: 0 before the title, 1 its first token, 2 inside it, 3 after it
        double[][] score = new double[n][4];
        int[][] back = new int[n][4];
        Probabilities probabilities = new Probabilities(t, model);
        for (double[] row : score) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            for (int from = 0; from < 4; from++) {
                double base = i == 0 ? (from == 0 ? 0 : Double.NEGATIVE_INFINITY) : score[i - 1][from];
                if (base == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double[] p = probabilities.at(i, i == 0 ? O : from == 1 ? B : from == 2 ? I : O);
                for (int to : NEXT[from]) {
                    int tag = to == 1 ? at[0] : to == 2 ? at[1] : at[2];
                    double s = (i == 0 ? 0 : base) + Math.log(Math.max(1e-12, p[tag]));
                    if (s > score[i][to]) {
                        score[i][to] = s;
                        back[i][to] = from;
                    }
                }
            }
        }
        double none = nothing(probabilities, n, at[2]);
        int best = score[n - 1][1] >= score[n - 1][2] ? 1 : 2;
        best = score[n - 1][3] > score[n - 1][best] ? 3 : best;
        if (score[n - 1][best] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        int end = -1;
        int begin = -1;
        int state = best;
        for (int i = n - 1; i >= 0; i--) {
            if ((state == 1 || state == 2) && end < 0) {
                end = i;
            }
            if (state == 1) {
                begin = i;
            }
            state = back[i][state];
        }
        return new Found(new TextSpan(t.spans().get(begin).start(), t.spans().get(end).end()), score[n - 1][best] - none);
    }

    /** Which states may follow each: before → before | begin; begin, inside → inside | after; after → after. */
    private static final int[][] NEXT = {{0, 1}, {2, 3}, {2, 3}, {3}};

    /** Log-probability of tagging every token O. */
    private static double nothing(Probabilities probabilities, int n, int o) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(Math.max(1e-12, probabilities.at(i, O)[o]));
        }
        return s;
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

    /** A passage's tokens: spans in the report text and each token's own features. */
    record Tokens(String text, List<TextSpan> spans, List<String[]> features) {
    }

    /** A title found: its span and its log-odds against no title. */
    record Found(TextSpan span, double logOdds) {
    }
}
