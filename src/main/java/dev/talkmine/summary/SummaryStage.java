package dev.talkmine.summary;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.Models;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each talk was about: the one or two whole sentences of its passage that a classifier,
 * trained on annotated key sentences, finds most likely to say it, in text order (a heading or
 * list item where the passage has nothing else), and the talk's keywords. Immutable and
 * thread-safe.
 */
public final class SummaryStage implements Stage {
    /** The key-sentence classifier. */
    public static final String MODEL = "learned/key-sentence.model";
    /** The length classifier: one sentence or two ({@link KeySentencePicker}). */
    public static final String LENGTH_MODEL = "learned/summary-length.model";
    /** The models of the stage. */
    public static final Set<String> MODELS = Set.of(MODEL, LENGTH_MODEL);
    /** Label of a key sentence. */
    public static final String YES = "yes";
    /** Label of any other sentence. */
    public static final String NO = "no";

    private final Classifier ranker;
    private final Classifier length;
    private final Lexicon lexicon;

    /** A stage deciding with the models {@link #MODELS}. */
    public SummaryStage(Models models, Lexicon lexicon) {
        this.ranker = models.get(MODEL);
        this.length = models.get(LENGTH_MODEL);
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "summarize";
    }

    /** Talks and their sentences; mentions (with the canonical names of entity linking) for keywords. */
    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TALKS, Layer.SENTENCES, Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SUMMARIES);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.TALKS).require(Layer.SENTENCES).require(Layer.RESOLVED_MENTIONS);
        List<TextSpan> spans = report.talks().stream().map(Talk::span).toList();
        KeySentences key = KeySentences.of(report, spans, lexicon);
        List<Summary> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Talk t = report.talks().get(i);
            out.add(summary(t, key.candidates(i, facts(t)), key, key.keywords(i)));
        }
        return report.withSummaries(out);
    }

    /** What the features know of a found talk. */
    static TalkFacts facts(Talk t) {
        return new TalkFacts(t.speakers().stream().map(Speaker::name).toList(), t.title());
    }

    private Summary summary(Talk t, List<KeySentences.Candidate> candidates, KeySentences key, List<String> keywords) {
        double[] p = KeySentences.probabilities(ranker, candidates);
        int[] order = KeySentencePicker.byProbability(p);
        double two = KeySentencePicker.two(candidates, p, order, length);
        List<Integer> chosen = KeySentencePicker.pick(order, two);
        List<TextSpan> spans = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int k : chosen) {
            TextSpan s = candidates.get(k).piece().span();
            spans.add(s);
            text.append(text.length() > 0 ? " " : "").append(key.oneLine(s));
            evidence.add(String.format(Locale.ROOT, "sentence %d of %d [%d-%d] p=%.2f", k + 1, p.length, s.start(), s.end(), p[k])
                    + (p.length > 1 && k == order[0] ? String.format(Locale.ROOT, ", p(two sentences)=%.2f", two) : ""));
        }
        return new Summary(t.index(), spans, text.toString(), keywords, evidence);
    }
}
