package dev.talkmine.train;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.eval.Rouge;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.summary.KeySentencePicker;
import dev.talkmine.summary.KeySentences;
import dev.talkmine.summary.SummaryStage;
import dev.talkmine.summary.TalkFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;

/**
 * Trains the key-sentence classifier on the annotated talk passages: a candidate sentence is a key
 * sentence when nearly all its words belong to one of the talk's annotated key sentences (the
 * annotation may join a heading and the sentence after it into one). Then the length classifier: a
 * passage's summary should have its second likeliest sentence when the two together score a higher
 * ROUGE-2 against the annotated key sentences than the likeliest alone. It reads key-sentence
 * probabilities, so it learns from probabilities as good as those at run time: each report's come
 * from a key-sentence classifier trained on the other {@link #INNER_FOLDS} - 1 inner folds.
 *
 * <p>The key-sentence classifier also trains on each passage run on through the passage after it,
 * as the segmenter's passages often are (one that swallows the next talk or a closing section): a
 * classifier that saw only exact passages picks a sentence of the swallowed text. The length
 * classifier trains on exact passages only (with run-on ones as well it scored lower).
 */
final class SummaryLearner implements Learner {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** The L2 cost of the key-sentence classifier: 3 scored better than 1 leaving one report out. */
    static final double L2 = 3;
    /**
     * The L2 cost of the length classifier. Leave-one-report-out on gold passages: ROUGE-2 0.747 at 1,
     * 0.754 at 2, 0.752 at 4.
     */
    static final double LENGTH_L2 = 2;
    /** How many inner folds give the length classifier's training its key-sentence probabilities. */
    static final int INNER_FOLDS = 4;
    /** Share of a candidate's words that must be in a key sentence. */
    static final double INSIDE = 0.7;

    private final List<Example> examples;
    /** Per report: its annotated passages. */
    private final List<List<Passage>> passages = new ArrayList<>();
    /** Per report: its annotated passages, each run on through the passage after it. */
    private final List<List<Passage>> runOn = new ArrayList<>();

    /**
     * A passage's candidates, which of them are key sentences, each as a summary shows it, and the
     * annotated key sentences joined as the evaluation joins them.
     */
    private record Passage(List<KeySentences.Candidate> candidates, boolean[] key, List<String> shown, String reference) {
    }

    SummaryLearner(List<Example> examples, Lexicon lexicon) {
        this.examples = List.copyOf(examples);
        for (Example e : examples) {
            passages.add(passages(e, e.talkPassages(), lexicon));
            runOn.add(passages(e, e.runOnPassages(), lexicon));
        }
    }

    /** The passages with key sentences among {@code all} (one per gold talk, null where there is none). */
    private static List<Passage> passages(Example e, List<TextSpan> all, Lexicon lexicon) {
        List<TextSpan> spans = new ArrayList<>();
        List<GoldReport.Talk> gold = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null) {
                spans.add(all.get(i));
                gold.add(e.gold().talks().get(i));
            }
        }
        KeySentences key = KeySentences.of(e.prepared(), spans, lexicon);
        String text = e.prepared().text();
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            GoldReport.Talk g = gold.get(i);
            if (!g.hasKeySentences() || g.keySentences().isEmpty()) {
                continue;
            }
            List<KeySentences.Candidate> candidates = key.candidates(i, new TalkFacts(g.speakers(), g.title()));
            boolean[] yes = new boolean[candidates.size()];
            List<String> shown = new ArrayList<>();
            for (int k = 0; k < yes.length; k++) {
                TextSpan span = candidates.get(k).piece().span();
                yes[k] = isKey(words(span.coveredText(text)), g.keySentences());
                shown.add(key.oneLine(span));
            }
            out.add(new Passage(candidates, yes, shown, String.join(" ", g.keySentences())));
        }
        return out;
    }

    /** Whether a candidate of these words is (part of) one of the key sentences. */
    static boolean isKey(List<String> candidate, List<String> keySentences) {
        if (candidate.isEmpty()) {
            return false;
        }
        for (String k : keySentences) {
            Map<String, Integer> left = new HashMap<>();
            List<String> key = words(k);
            key.forEach(w -> left.merge(w, 1, Integer::sum));
            int shared = 0;
            for (String w : candidate) {
                if (left.getOrDefault(w, 0) > 0) {
                    left.merge(w, -1, Integer::sum);
                    shared++;
                }
            }
            if (shared >= INSIDE * candidate.size() && shared >= Math.min(3, key.size())) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Override
    public List<String> models() {
        return List.of(SummaryStage.MODEL, SummaryStage.LENGTH_MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        List<Event> length = new ArrayList<>();
        for (Folds.Split split : Folds.split(examples, use, INNER_FOLDS)) {
            Classifier inner = key(split.in());
            for (int i : split.held()) {
                for (Passage p : passages.get(i)) {
                    if (p.candidates().size() > 1) {
                        double[] probabilities = KeySentences.probabilities(inner, p.candidates());
                        int[] order = KeySentencePicker.byProbability(probabilities);
                        String label = twoSayMore(p, order) ? KeySentencePicker.TWO : KeySentencePicker.ONE;
                        length.add(new Event(label, KeySentencePicker.pairFeatures(p.candidates(), probabilities, order)));
                    }
                }
            }
        }
        return Map.of(SummaryStage.MODEL, key(use),
                SummaryStage.LENGTH_MODEL, Classifier.trainOr(KeySentencePicker.ONE, length, LENGTH_L2));
    }

    /** The key-sentence classifier of these reports. */
    private Classifier key(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        for (int i : use) {
            List<Passage> both = new ArrayList<>(passages.get(i));
            both.addAll(runOn.get(i));
            for (Passage p : both) {
                for (int k = 0; k < p.candidates().size(); k++) {
                    all.add(new Event(p.key()[k] ? SummaryStage.YES : SummaryStage.NO, p.candidates().get(k).features()));
                }
            }
        }
        return Classifier.trainOr(SummaryStage.NO, all, L2);
    }

    /** Whether the two likeliest sentences, in text order, score a higher ROUGE-2 than the likeliest alone. */
    private static boolean twoSayMore(Passage p, int[] order) {
        int first = Math.min(order[0], order[1]);
        int second = Math.max(order[0], order[1]);
        String both = p.shown().get(first) + " " + p.shown().get(second);
        return Rouge.rouge(both, p.reference(), 2) > Rouge.rouge(p.shown().get(order[0]), p.reference(), 2);
    }
}
