package dev.talkmine.summary;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The candidate key sentences of a report's talk passages with their features: what the summary
 * stage ranks and what training labels from annotated key sentences. Salience is computed over the
 * passages given, as the stage computes it over the talks it summarises. Immutable once made.
 */
public final class KeySentences {
    private final Report report;
    private final List<TextSpan> passages;
    private final PassageSentences sentences;
    private final SpanIndex<Mention> mentions;
    private final Salience salience;
    private final SentenceFeatures features;
    private final Lexicon lexicon;

    private KeySentences(Report report, List<TextSpan> passages, Lexicon lexicon) {
        this.report = report;
        this.passages = List.copyOf(passages);
        this.sentences = PassageSentences.of(report);
        this.mentions = SpanIndex.of(report.resolvedMentions(), Mention::span);
        this.salience = Salience.of(report.text(), passages, lexicon);
        this.features = new SentenceFeatures(lexicon);
        this.lexicon = lexicon;
    }

    /**
     * The candidates of {@code passages} in a report with sentences and mentions.
     *
     * @param passages the talk passages, in order
     */
    public static KeySentences of(Report report, List<TextSpan> passages, Lexicon lexicon) {
        report.require(Layer.SENTENCES).require(Layer.RESOLVED_MENTIONS);
        return new KeySentences(report, passages, Objects.requireNonNull(lexicon, "lexicon"));
    }

    /**
     * A sentence that may say what a talk was about.
     *
     * @param piece    the sentence
     * @param words    how many words it has
     * @param features the ranker's features
     */
    public record Candidate(PassageSentences.Piece piece, int words, String[] features) {
        public Candidate {
            features = features.clone();
        }

        @Override
        public String[] features() {
            return features.clone();
        }
    }

    /** The candidates of passage {@code i}, in text order. */
    public List<Candidate> candidates(int i, TalkFacts talk) {
        List<PassageSentences.Piece> pieces = sentences.in(passages.get(i));
        String text = report.text();
        List<Double> scores = new ArrayList<>();
        double max = 0;
        for (PassageSentences.Piece p : pieces) {
            double s = salience.score(i, p.span().coveredText(text));
            scores.add(s);
            max = Math.max(max, s);
        }
        List<Integer> byScore = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            byScore.add(k);
        }
        byScore.sort(Comparator.comparingDouble((Integer k) -> -scores.get(k)).thenComparing(k -> k));
        Set<String> titleWords = talk.title() == null ? Set.of() : new HashSet<>(Salience.words(talk.title(), lexicon));
        List<SentenceFeatures.Seen> seen = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            PassageSentences.Piece p = pieces.get(k);
            seen.add(new SentenceFeatures.Seen(p, pieces.size(), SentenceFeatures.words(p, text),
                    mentions.within(p.span()), byScore.indexOf(k), max > 0 ? scores.get(k) / max : 0,
                    p.span().coveredText(text)));
        }
        SentenceFeatures.Firsts firsts = features.firsts(seen, talk);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < seen.size(); k++) {
            out.add(new Candidate(seen.get(k).piece(), seen.get(k).words().size(),
                    features.of(seen.get(k), k == 0 ? null : seen.get(k - 1), talk, titleWords, firsts)));
        }
        return out;
    }

    /** The key-sentence classifier's probability that each candidate is a key sentence. */
    public static double[] probabilities(Classifier ranker, List<Candidate> candidates) {
        double[] p = new double[candidates.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = ranker.probability(SummaryStage.YES, candidates.get(k).features());
        }
        return p;
    }

    /** The keywords of passage {@code i}. */
    public List<String> keywords(int i) {
        return Keywords.of(mentions.within(passages.get(i)), salience.of(i), lexicon);
    }

    /** The sentence on one line, without a list marker, as summaries show it. */
    public String oneLine(TextSpan span) {
        return sentences.oneLine(span);
    }
}
