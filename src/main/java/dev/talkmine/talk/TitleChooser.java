package dev.talkmine.talk;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The title candidates of a passage: the tagger's likeliest runs, each with what a token tagger
 * cannot see of a run as a whole, for a classifier that picks the title among them: the run's
 * log-odds, rank and gap to the best, its length, what stands right before and after it (line
 * start or end, a quote, a separator, a word), its first and last words, the shape elements at
 * and around its ends, the colons, dashes, commas and quotes inside it and how many of its words
 * are capitalised. "Branch in Time Demonstrating" and "Branch in Time" differ by one token to the
 * tagger; as runs, one ends on a capitalised word before a sentence goes on, the other at a line
 * break.
 */
final class TitleChooser {
    /** Runs offered to the chooser: more runs added nothing measurable (6 against 10). */
    static final int RUNS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String QUOTES = "\"“”‘’'`«»";

    private TitleChooser() {
    }

    /**
     * The distinct titles of the tagger's likeliest runs, best first, at most {@link #RUNS}:
     * {@code title} turns a run into the title it gives (or null when it gives none).
     */
    static List<Candidate> candidates(TitleTagger.Tokens t, Classifier model, Function<TextSpan, String> title) {
        List<TitleTagger.Found> runs = TitleTagger.runs(t, model, RUNS * 4);
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TitleTagger.Found run : runs) {
            String value = title.apply(run.span());
            if (value == null || !seen.add(SPACES.matcher(value.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
                continue;
            }
            out.add(new Candidate(value, run.span(), features(t, run, out.size(), runs.get(0).logOdds(), value)));
            if (out.size() == RUNS) {
                break;
            }
        }
        return out;
    }

    private static String[] features(TitleTagger.Tokens t, TitleTagger.Found run, int rank, double best, String value) {
        String text = t.text();
        List<TextSpan> tokens = t.spans();
        int first = run.first();
        int last = run.last();
        boolean lineStart = first == 0 || Around.slice(text, tokens.get(first - 1).end(), tokens.get(first).start()).contains("\n");
        boolean lineEnd = last + 1 == tokens.size() || Around.slice(text, tokens.get(last).end(), tokens.get(last + 1).start()).contains("\n");
        String left = lineStart ? "^" : t.forms().get(first - 1);
        String right = lineEnd ? "$" : t.forms().get(last + 1);
        String before = Around.slice(text, Math.max(0, run.span().start() - 2), run.span().start()).strip();
        String after = Around.slice(text, run.span().end(), Math.min(text.length(), run.span().end() + 2)).strip();
        String charBefore = before.isEmpty() ? "space" : charClass(before.charAt(before.length() - 1));
        String charAfter = after.isEmpty() ? "space" : charClass(after.charAt(0));
        String where = t.places().get(first);
        Features f = new Features();
        f.add("rank", rank);
        f.add("logOdds", logOdds(run.logOdds()));
        f.add("gap", gap(best - run.logOdds()));
        if (rank == 0) {
            f.add("first&logOdds", logOdds(run.logOdds()));
        }
        f.add("words", words(value));
        f.add("where", where);
        f.add("left", left).add("right", right);
        f.add("firstWord", t.forms().get(first)).add("lastWord", t.forms().get(last));
        f.add("elFirst", t.elements().get(first)).add("elLast", t.elements().get(last));
        f.add("elBefore", first > 0 ? t.elements().get(first - 1) : "^");
        f.add("elAfter", last + 1 < tokens.size() ? t.elements().get(last + 1) : "$");
        f.addIf(value.contains(":"), "hasColon");
        f.addIf(value.contains(" - ") || value.contains(" – ") || value.contains(" — "), "hasDash");
        f.addIf(value.contains(","), "hasComma");
        f.addIf(value.indexOf('.') > 0, "hasDot");
        f.addIf(value.chars().anyMatch(c -> "\"“”".indexOf(c) >= 0), "hasQuote");
        f.add("capitals", capitals(value));
        f.add("lineStart&lineEnd", (lineStart ? "^" : "w") + "_" + (lineEnd ? "$" : "w"));
        f.add("where&right", where + "_" + right);
        f.add("charBefore", charBefore).add("charAfter", charAfter);
        f.add("charBefore&charAfter", charBefore + "_" + charAfter);
        return f.toArray();
    }

    /** A character next to a run: a quote, a letter or digit, or the character itself ("(", ":", "–"). */
    private static String charClass(char c) {
        if (QUOTES.indexOf(c) >= 0) {
            return "quote";
        }
        return Character.isLetterOrDigit(c) ? "alnum" : String.valueOf(c);
    }

    private static String logOdds(double lo) {
        return lo < -8 ? "<-8" : lo < -4 ? "<-4" : lo < -2 ? "<-2" : lo < 0 ? "<0" : lo < 2 ? "<2" : lo < 4 ? "<4" : ">=4";
    }

    private static String gap(double g) {
        return g < 0.01 ? "0" : g < 0.5 ? "<0.5" : g < 1 ? "<1" : g < 2 ? "<2" : g < 4 ? "<4" : ">=4";
    }

    private static String words(String value) {
        int n = SPACES.split(value.strip()).length;
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : "11+";
    }

    /** How many of the title's words start with a capital: all, most, few or none. */
    private static String capitals(String value) {
        int caps = 0;
        int lower = 0;
        for (String w : SPACES.split(value)) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            } else if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return lower == 0 ? "all" : caps == 0 ? "none" : caps >= lower ? "most" : "few";
    }
}
