package dev.talkmine.talk;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.List;
import java.util.Objects;

/**
 * Reads the candidate attributes of talk passages in one report: candidate speakers, titles and
 * affiliations with their features, and the features of its kind. The attribute stage decides
 * among them; training labels them from annotations. Immutable once made.
 */
public final class TalkReader {
    private final Report report;
    private final Passage.Index index;
    private final SpeakerCandidates speakers;
    private final TitleTagger titles;
    private final KindFeatures kinds;
    private final AffiliationCandidates affiliations;

    private TalkReader(Report report, Lexicon lexicon) {
        this.report = report;
        this.index = Passage.Index.of(report);
        this.speakers = new SpeakerCandidates(lexicon);
        this.titles = new TitleTagger(lexicon);
        this.kinds = new KindFeatures(lexicon);
        this.affiliations = new AffiliationCandidates(lexicon);
    }

    /** A reader of the passages of {@code report}, which has its structure layer. */
    public static TalkReader of(Report report, Lexicon lexicon) {
        report.require(Layer.STRUCTURE);
        return new TalkReader(Objects.requireNonNull(report, "report"), Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** The candidates of the talk passage {@code span}. */
    public Parts read(TextSpan span) {
        Passage p = Passage.of(report, index, span);
        return new Parts(speakers.of(p), titles.tokens(p), kinds.of(p), affiliations.of(p));
    }

    /** The candidates of one passage: people who may be its speakers, its title's tokens, its kind's features. */
    public static final class Parts {
        private final List<Candidate> speakers;
        private final TitleTagger.Tokens title;
        private final String[] kind;
        private final List<Candidate> affiliations;

        Parts(List<Candidate> speakers, TitleTagger.Tokens title, String[] kind, List<Candidate> affiliations) {
            this.speakers = List.copyOf(speakers);
            this.title = title;
            this.kind = kind.clone();
            this.affiliations = List.copyOf(affiliations);
        }

        /** People who may be its speakers. */
        public List<Candidate> speakers() {
            return speakers;
        }

        /** The features of its kind. */
        public String[] kind() {
            return kind.clone();
        }

        /** Organizations that may be stated for its speakers. */
        public List<Candidate> affiliations() {
            return affiliations;
        }

        /** Events for the title tagger, given the annotated title (null: none) and the scorer's normalisation. */
        public List<opennlp.tools.ml.model.Event> titleEvents(String annotated, java.util.function.UnaryOperator<String> norm) {
            return TitleTagger.events(title, annotated, norm);
        }

        /** The title the tagger finds, or null when it is less likely than none by more than {@code minLogOdds}. */
        public String title(dev.talkmine.learn.Classifier tagger, double minLogOdds) {
            TitleTagger.Found f = TitleTagger.decode(title, tagger);
            return f == null || f.logOdds() < minLogOdds ? null : cleaned(f.span().coveredText(title.text()));
        }

        /** The title without quotes around it and the punctuation a sentence put after it. */
        static String cleaned(String s) {
            String t = s.strip();
            boolean changed = true;
            while (changed && !t.isEmpty()) {
                changed = false;
                if (QUOTES.indexOf(t.charAt(0)) >= 0 || ":;,–—-".indexOf(t.charAt(0)) >= 0) {
                    t = t.substring(1).strip();
                    changed = true;
                }
                if (!t.isEmpty() && (QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0 || ",;:".indexOf(t.charAt(t.length() - 1)) >= 0
                        || t.endsWith(".") && !t.endsWith("..."))) {
                    t = t.substring(0, t.length() - 1).strip();
                    changed = true;
                }
            }
            return t.isEmpty() ? s.strip() : t;
        }

        private static final String QUOTES = "\"“”„«»'‘’`*_";
    }
}
