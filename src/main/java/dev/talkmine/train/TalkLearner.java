package dev.talkmine.train;

import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.eval.TextNorm;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.talk.Candidate;
import dev.talkmine.talk.TalkAttributeStage;
import dev.talkmine.talk.TalkReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.Event;

/**
 * Trains the talk attribute classifiers on the annotated talk passages: a candidate speaker,
 * title or organization is right when its name normalises (as the scorer does) to an annotated
 * one; the kind is the annotated kind. The speaker classifier also reads each passage run on
 * through the next one ({@link Example#runOnPassages()}), labelled with the passage's own
 * speakers. The title chooser is stacked: it learns from the runs of title taggers trained on the
 * other {@link #INNER_FOLDS} - 1 inner folds, never on the passage, so that it learns how far to
 * trust the tagger on a report the tagger has not seen.
 */
final class TalkLearner implements Learner {
    /** Two: the chooser did as well on runs of taggers trained on half the reports as on three quarters, at half the cost. */
    static final int INNER_FOLDS = 2;

    private final List<Example> examples;
    private final List<List<Event>> speakers = new ArrayList<>();
    private final List<List<Event>> titles = new ArrayList<>();
    private final List<List<Titled>> titled = new ArrayList<>();
    private final List<List<Event>> kinds = new ArrayList<>();
    private final List<List<Event>> affiliations = new ArrayList<>();

    /** An annotated passage's candidates with its annotated title and speakers. */
    private record Titled(TalkReader.Parts parts, String title, List<String> speakers) {
    }

    TalkLearner(List<Example> examples, Lexicon lexicon) {
        this.examples = List.copyOf(examples);
        for (Example e : examples) {
            List<Event> s = new ArrayList<>();
            List<Event> t = new ArrayList<>();
            List<Titled> ps = new ArrayList<>();
            List<Event> k = new ArrayList<>();
            List<Event> a = new ArrayList<>();
            TalkReader reader = TalkReader.of(e.prepared(), lexicon);
            List<TextSpan> passages = e.talkPassages();
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i) == null) {
                    continue;
                }
                GoldReport.Talk gold = e.gold().talks().get(i);
                TalkReader.Parts parts = reader.read(passages.get(i));
                label(parts.speakers(), norms(gold.speakers()), s);
                t.addAll(parts.titleEvents(gold.title(), TextNorm::norm));
                ps.add(new Titled(parts, gold.title(), gold.speakers()));
                k.add(new Event(gold.kind(), parts.kind()));
                label(parts.affiliations(), norms(gold.organizations()), a);
            }
            // the segmenter's passages sometimes run on into the next talk: the speaker classifier
            // also reads each passage run on through the next one, so that the next talk's speaker learns to lose
            List<TextSpan> runOn = e.runOnPassages();
            for (int i = 0; i < runOn.size(); i++) {
                if (runOn.get(i) != null) {
                    label(reader.read(runOn.get(i)).speakers(), norms(e.gold().talks().get(i).speakers()), s);
                }
            }
            speakers.add(s);
            titles.add(t);
            titled.add(ps);
            kinds.add(k);
            affiliations.add(a);
        }
    }

    /** The speaker classifier's events from one example, in order: for tests. */
    List<Event> speakerEvents(int example) {
        return List.copyOf(speakers.get(example));
    }

    @Override
    public List<String> models() {
        return List.of(TalkAttributeStage.SPEAKER_MODEL, TalkAttributeStage.TITLE_MODEL, TalkAttributeStage.TITLE_CHOOSER_MODEL,
                TalkAttributeStage.KIND_MODEL, TalkAttributeStage.AFFILIATION_MODEL);
    }

    @Override
    public Map<String, Classifier> train(List<Integer> use) {
        Map<String, Classifier> out = new LinkedHashMap<>();
        out.put(TalkAttributeStage.SPEAKER_MODEL, Classifier.trainOr(TalkAttributeStage.NO, gather(speakers, use)));
        out.put(TalkAttributeStage.TITLE_MODEL, Classifier.trainOr(TalkAttributeStage.NOT_TITLE, gather(titles, use)));
        out.put(TalkAttributeStage.TITLE_CHOOSER_MODEL, chooser(use));
        out.put(TalkAttributeStage.KIND_MODEL, Classifier.trainOr(TalkKind.TALK.id(), gather(kinds, use)));
        out.put(TalkAttributeStage.AFFILIATION_MODEL, Classifier.trainOr(TalkAttributeStage.NO, gather(affiliations, use)));
        return out;
    }

    private Classifier chooser(List<Integer> use) {
        List<Event> events = new ArrayList<>();
        for (Folds.Split split : Folds.split(examples, use, INNER_FOLDS)) {
            Classifier tagger = Classifier.trainOr(TalkAttributeStage.NOT_TITLE, gather(titles, split.in()));
            for (int i : split.held()) {
                for (Titled p : titled.get(i)) {
                    String right = p.title() == null ? null : TextNorm.norm(p.title());
                    for (Candidate c : p.parts().titles(tagger, p.speakers())) {
                        boolean yes = TextNorm.norm(c.value()).equals(right);
                        events.add(new Event(yes ? TalkAttributeStage.YES : TalkAttributeStage.NO, c.features()));
                    }
                }
            }
        }
        return Classifier.trainOr(TalkAttributeStage.NO, events);
    }

    private static List<Event> gather(List<List<Event>> perExample, List<Integer> use) {
        List<Event> out = new ArrayList<>();
        use.forEach(i -> out.addAll(perExample.get(i)));
        return out;
    }

    private static void label(List<Candidate> candidates, Set<String> right, List<Event> out) {
        for (Candidate c : candidates) {
            out.add(new Event(right.contains(TextNorm.norm(c.value())) ? TalkAttributeStage.YES : TalkAttributeStage.NO,
                    c.features()));
        }
    }

    private static Set<String> norms(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(TextNorm.norm(n)));
        return out;
    }
}
