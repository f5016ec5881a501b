package dev.talkmine.train;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
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
 * annotation may join a heading and the sentence after it into one).
 */
final class SummaryLearner implements Learner {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** The L2 cost of the key-sentence classifier: 3 scored better than 1 leaving one report out. */
    static final double L2 = 3;
    /** Share of a candidate's words that must be in a key sentence. */
    static final double INSIDE = 0.7;

    private final List<List<Event>> events = new ArrayList<>();

    SummaryLearner(List<Example> examples, Lexicon lexicon) {
        for (Example e : examples) {
            events.add(events(e, lexicon));
        }
    }

    private static List<Event> events(Example e, Lexicon lexicon) {
        List<TextSpan> all = e.talkPassages();
        List<TextSpan> passages = new ArrayList<>();
        List<GoldReport.Talk> gold = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null) {
                passages.add(all.get(i));
                gold.add(e.gold().talks().get(i));
            }
        }
        KeySentences key = KeySentences.of(e.prepared(), passages, lexicon);
        String text = e.prepared().text();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            GoldReport.Talk g = gold.get(i);
            if (g.keySentences().isEmpty()) {
                continue;
            }
            for (KeySentences.Candidate c : key.candidates(i, new TalkFacts(g.speakers(), g.title()))) {
                boolean yes = isKey(words(c.piece().span().coveredText(text)), g.keySentences());
                out.add(new Event(yes ? SummaryStage.YES : SummaryStage.NO, c.features()));
            }
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
        return List.of(SummaryStage.MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        List<Event> all = new ArrayList<>();
        use.forEach(i -> all.addAll(events.get(i)));
        return Map.of(SummaryStage.MODEL, Classifier.trainOr(SummaryStage.NO, all, L2));
    }
}
