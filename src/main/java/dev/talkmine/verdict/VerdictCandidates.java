package dev.talkmine.verdict;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import dev.talkmine.summary.PassageSentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The sentences of a talk passage that may state the author's verdict, each with its features:
 * its opinion ({@link OpinionFeatures}), where it stands in the passage (verdicts tend to close a
 * passage), whether it describes the talk ("she showed ...") and names technologies; and the
 * features the label model reads of a passage: the evidence probabilities of its sentences, the
 * likeliest sentence's features and words, and the opinions of the rest of the passage. What the
 * verdict stage classifies and what training labels from annotated evidence. Immutable once made;
 * one per report.
 */
public final class VerdictCandidates {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    /** An evidence probability that makes a sentence a likely statement of the verdict. */
    private static final double LIKELY = 0.3;

    private final Report report;
    private final PassageSentences sentences;
    private final SpanIndex<Mention> mentions;
    private final OpinionFeatures opinion;
    private final Lexicon lexicon;
    private final PhraseSet talkVerb;
    /** How opinionated the report's talk passages are: the share with an opinionated sentence. */
    private String style = "unknown";

    private VerdictCandidates(Report report, Lexicon lexicon) {
        this.report = report;
        this.sentences = PassageSentences.of(report);
        this.mentions = SpanIndex.of(report.resolvedMentions(), Mention::span);
        this.opinion = new OpinionFeatures(lexicon);
        this.lexicon = lexicon;
        this.talkVerb = lexicon.phrases("talk-verbs");
    }

    /**
     * The candidates of the talk passages of a report with sentences and mentions.
     *
     * @param passages all its talk passages: how many of them hold an opinion tells how the author writes
     */
    public static VerdictCandidates of(Report report, Lexicon lexicon, List<TextSpan> passages) {
        report.require(Layer.SENTENCES).require(Layer.RESOLVED_MENTIONS);
        VerdictCandidates c = new VerdictCandidates(report, Objects.requireNonNull(lexicon, "lexicon"));
        int opinionated = 0;
        for (TextSpan p : passages) {
            opinionated += c.in(p).stream().anyMatch(x -> !x.sign().equals("0")) ? 1 : 0;
        }
        c.style = Features.share(opinionated, passages.size());
        return c;
    }

    /**
     * A sentence that may state the verdict.
     *
     * @param piece    the sentence
     * @param features the evidence classifier's features
     * @param words    its content words as features, which only the label model reads: the evidence
     *                 classifier learnt the words of its training sentences by heart (training-set
     *                 accuracy 0.96, held out 0.64) and finds more verdicts without them
     * @param sign     the sign of its opinion words ({@code P}, {@code N} or {@code 0})
     * @param strength the summed absolute valence of its opinion words
     */
    public record Candidate(PassageSentences.Piece piece, String[] features, String[] words, String sign,
                            double strength) {
        public Candidate {
            features = features.clone();
            words = words.clone();
        }

        @Override
        public String[] features() {
            return features.clone();
        }

        @Override
        public String[] words() {
            return words.clone();
        }
    }

    /** The candidates of a passage, in text order. */
    public List<Candidate> in(TextSpan passage) {
        List<PassageSentences.Piece> pieces = sentences.in(passage);
        List<Candidate> out = new ArrayList<>();
        for (PassageSentences.Piece p : pieces) {
            out.add(candidate(p, pieces.size()));
        }
        return out;
    }

    /** The evidence classifier's probability that each candidate states the verdict. */
    public static double[] evidence(Classifier evidence, List<Candidate> all) {
        double[] p = new double[all.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = evidence.probability(VerdictStage.YES, all.get(i).features);
        }
        return p;
    }

    /**
     * What the label model reads of a passage, given the evidence probabilities {@code p} of its
     * candidates (at least one): how probable its likeliest sentence, its likeliest praising and its
     * likeliest criticising sentence are, how many are likely; the likeliest sentence's features and
     * words; how many other sentences are positive or negative, and what the opinion words of those
     * stand next to (the talk, the speaker, the project, the author) with their summed valence: a passage may
     * praise the talk in a sentence the evidence classifier does not rank first.
     */
    public static String[] labelFeatures(List<Candidate> all, double[] p) {
        int best = likeliest(all, p, null);
        int praise = likeliest(all, p, "P");
        int criticism = likeliest(all, p, "N");
        int likely = 0;
        for (double x : p) {
            likely += x >= LIKELY ? 1 : 0;
        }
        Features f = new Features();
        String sign = all.get(best).sign();
        f.add("p", Features.tenth(p[best])).add("p&sign", Features.tenth(p[best]) + "&" + sign);
        f.add("pP", praise < 0 ? "none" : Features.tenth(p[praise])).add("pN", criticism < 0 ? "none" : Features.tenth(p[criticism]));
        f.add("likely", Features.bucket(likely));
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < all.size(); i++) {
            if (i != best) {
                positive += all.get(i).sign().equals("P") ? 1 : 0;
                negative += all.get(i).sign().equals("N") ? 1 : 0;
            }
        }
        f.add("othersP", Features.bucket(positive)).add("othersN", Features.bucket(negative));
        f.add("others", (positive > 0 ? "P" : "") + (negative > 0 ? "N" : ""));
        List<String> out = new ArrayList<>(List.of(f.toArray()));
        for (String x : all.get(best).features) {
            if (!x.equals(Features.BIAS)) {
                out.add(x);
            }
        }
        out.addAll(List.of(all.get(best).words));
        Set<String> cues = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (i != best && !all.get(i).sign().equals("0")) {
                for (String x : all.get(i).features) {
                    if (x.startsWith(OpinionFeatures.NEAR_FEATURE + "=") || x.startsWith(OpinionFeatures.VALENCE_FEATURE + "=")) {
                        cues.add("others:" + x);
                    }
                }
            }
        }
        out.addAll(cues);
        return out.toArray(String[]::new);
    }

    /**
     * The sentence that states a verdict of this label: the likeliest of the label's sign (praise
     * for positive, criticism for negative), else the likeliest.
     */
    static int evidenceFor(Verdict.Label label, List<Candidate> all, double[] p) {
        String sign = label == Verdict.Label.POSITIVE ? "P" : label == Verdict.Label.NEGATIVE ? "N" : null;
        int signed = sign == null ? -1 : likeliest(all, p, sign);
        return signed >= 0 ? signed : likeliest(all, p, null);
    }

    /** The index of the most probable candidate of this sign (any sign: null), or -1. */
    private static int likeliest(List<Candidate> all, double[] p, String sign) {
        int best = -1;
        for (int i = 0; i < all.size(); i++) {
            if ((sign == null || all.get(i).sign().equals(sign)) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }

    private Candidate candidate(PassageSentences.Piece p, int count) {
        String text = report.text();
        String sentence = p.span().coveredText(text);
        List<String> lower = new ArrayList<>(p.tokens().size());
        List<String> written = new ArrayList<>(p.tokens().size());
        p.tokens().forEach(t -> {
            written.add(t.coveredText(text));
            lower.add(t.coveredText(text).toLowerCase(Locale.ROOT));
        });
        Features f = new Features();
        List<Mention> within = mentions.within(p.span());
        List<Mention> persons = within.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        Set<Integer> person = new HashSet<>();
        for (int k = 0; k < p.tokens().size() && !persons.isEmpty(); k++) {
            TextSpan t = p.tokens().get(k);
            if (persons.stream().anyMatch(m -> m.span().contains(t))) {
                person.add(k);
            }
        }
        OpinionFeatures.Polarity polarity = opinion.add(f, sentence, new OpinionFeatures.Tokens(lower, written, person));
        f.add("style", style).add("style&sign", style + "&" + polarity.sign());
        int i = p.index();
        String at = i == 0 ? (count == 1 ? "only" : "first") : i == count - 1 ? "last" : "middle";
        String length = Features.bucket(lower.size() / 4);
        boolean describes = talkVerb.in(sentence);
        f.add("at", at);
        f.add("block", p.block());
        f.add("len", length);
        f.addIf(describes, "talkVerb");
        int tech = 0;
        int people = 0;
        for (Mention m : within) {
            tech += m.type() == EntityType.TECHNOLOGY ? 1 : 0;
            people += m.type() == EntityType.PERSON ? 1 : 0;
        }
        f.add("tech", Features.bucket(tech)).add("people", Features.bucket(people));
        f.addIf(sentence.contains("!"), "exclaim").addIf(sentence.contains("?"), "question");
        Features and = new Features();
        and.add("at", at).add("block", p.block()).add("len", length)
                .add("people", Features.bucket(people)).addIf(describes, "talkVerb");
        f.addAll("s" + polarity.sign(), and);
        Features words = new Features();
        var word = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (word.find()) {
            if (!lexicon.contains("summary-stop-words", word.group())) {
                words.add("w", word.group());
            }
        }
        return new Candidate(p, f.toArray(), words.names().toArray(String[]::new), polarity.sign(), polarity.strength());
    }
}
