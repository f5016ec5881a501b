package dev.talkmine.talk;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Lexicon;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;

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
    private final Lexicon lexicon;

    private TalkReader(Report report, Lexicon lexicon) {
        this.report = report;
        this.lexicon = lexicon;
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
        AffiliationCandidates.Found orgs = affiliations.of(p);
        return new Parts(speakers.of(p), titles.tokens(p), kinds.of(p), orgs.candidates(), orgs.owners(), this::noteWord,
                this::sessionNoun);
    }

    /** A word of a note an author puts after a title ("(slides)", "(video, recording)"): the lexicon's words around titles and about delivery. */
    private boolean noteWord(String w) {
        return lexicon.contains("title-context-words", w) || lexicon.contains("delivery-nouns", w);
    }

    /** A session's name ("keynote", "lightning talk"), which labels a title and is never part of one. */
    private boolean sessionNoun(String words) {
        return lexicon.contains("session-nouns", words);
    }

    /** The candidates of one passage: people who may be its speakers, its title's tokens, its kind's features. */
    public static final class Parts {
        private final List<Candidate> speakers;
        private final TitleTagger.Tokens title;
        private final String[] kind;
        private final List<Candidate> affiliations;
        private final Map<String, AffiliationCandidates.Owner> owners;
        private final Predicate<String> noteWord;
        private final Predicate<String> sessionNoun;

        Parts(List<Candidate> speakers, TitleTagger.Tokens title, String[] kind, List<Candidate> affiliations,
              Map<String, AffiliationCandidates.Owner> owners, Predicate<String> noteWord, Predicate<String> sessionNoun) {
            this.speakers = List.copyOf(speakers);
            this.title = title;
            this.kind = kind.clone();
            this.affiliations = List.copyOf(affiliations);
            this.owners = Map.copyOf(owners);
            this.noteWord = noteWord;
            this.sessionNoun = sessionNoun;
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

        /**
         * The person the text states an organization for beyond doubt ("Red Hatter Jane Doe", "Jane
         * Doe (Acme)"), and how, by the organization as stated; or null.
         */
        AffiliationCandidates.Owner owner(String organization) {
            return owners.get(organization);
        }

        /** Events for the title tagger, given the annotated title (null: none) and the scorer's normalisation. */
        public List<Event> titleEvents(String annotated, UnaryOperator<String> norm) {
            return TitleTagger.events(title, annotated, norm);
        }

        /**
         * The titles the tagger's likeliest runs give, best first, as candidates for the title
         * chooser: each as written, without a speaker's name at either end ({@code names}).
         */
        public List<Candidate> titles(Classifier tagger, Collection<String> names) {
            return TitleChooser.candidates(title, tagger, span -> withoutNames(titleText(span), names));
        }

        /** The title a tagged run gives, or null when it is too long to be one or has no letter or digit ("." or a lone quote). */
        private String titleText(TextSpan span) {
            // the tagger reads two units; a title is on one line: a heading's title does not run on into the paragraph below
            String tagged = span.coveredText(title.text());
            int lineBreak = tagged.indexOf('\n');
            String t = withoutLabel(withoutNote(cleaned(lineBreak > 0 ? tagged.substring(0, lineBreak) : tagged), noteWord),
                    sessionNoun);
            return SPACES.split(t).length > TitleTagger.MAX_TITLE_WORDS || t.codePoints().noneMatch(Character::isLetterOrDigit) ? null : t;
        }

        /** The title without a bracketed note of the author's after it ("Project X (slides)"), when the note is all note words. */
        static String withoutNote(String title, Predicate<String> noteWord) {
            Matcher m = NOTE.matcher(title);
            if (!m.find() || m.start() == 0) {
                return title;
            }
            for (String w : NOTE_WORDS.split(m.group(1).strip())) {
                if (!noteWord.test(w.toLowerCase(Locale.ROOT))) {
                    return title;
                }
            }
            return title.substring(0, m.start());
        }

        /**
         * The title without the session's label before it ("Opening keynote: Safety at scale", "09:00 –
         * Panel: Who owns it"): a colon after at most {@link #LABEL_WORDS} words that end in a session
         * noun. No annotated title (1,183 in the dev and training reports) starts with one; 47 of
         * them follow one in the text.
         */
        static String withoutLabel(String title, Predicate<String> sessionNoun) {
            Matcher m = LABEL.matcher(title);
            if (!m.lookingAt()) {
                return title;
            }
            String[] words = SPACES.split(m.group(1).strip().toLowerCase(Locale.ROOT));
            if (words.length > LABEL_WORDS) {
                return title;
            }
            String last = words[words.length - 1];
            String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
            String rest = cleaned(title.substring(m.end()));
            return (sessionNoun.test(last) || sessionNoun.test(lastTwo)) && rest.codePoints().anyMatch(Character::isLetter)
                    ? rest : title;
        }

        /** The title without a speaker's name at either end ("Title – Name", "Name: Title"), or null when nothing else is left. */
        public static String withoutNames(String title, Collection<String> names) {
            if (title == null) {
                return null;
            }
            String t = title;
            for (String name : names) {
                if (t.length() <= name.length()) {
                    continue;
                }
                String before = t.substring(0, t.length() - name.length()).strip();
                String after = t.substring(name.length()).strip();
                if (t.endsWith(name) && !before.isEmpty() && TRAILING.indexOf(before.charAt(before.length() - 1)) >= 0) {
                    t = cleaned(before);
                } else if (t.startsWith(name) && !after.isEmpty() && LEADING.indexOf(after.charAt(0)) >= 0) {
                    t = cleaned(after);
                }
            }
            return t.isBlank() || names.contains(t) ? null : t;
        }

        /** The title without quotes around it, the separators of the line it came from and the punctuation a sentence put after it. */
        static String cleaned(String s) {
            String t = s.strip();
            // 'Opening keynote: "Compilers for Everyone' : the title is what the one opening quote starts
            int open = opening(t);
            if (open > 0) {
                t = t.substring(open + 1);
            }
            if (t.startsWith(". ")) {
                t = t.substring(2); // the end of the sentence before, not ".NET"
            }
            boolean changed = true;
            while (changed && !t.isEmpty()) {
                changed = false;
                if (QUOTES.indexOf(t.charAt(0)) >= 0 || LEADING.indexOf(t.charAt(0)) >= 0) {
                    t = t.substring(1).strip();
                    changed = true;
                }
                if (!t.isEmpty() && (QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0 || TRAILING.indexOf(t.charAt(t.length() - 1)) >= 0
                        || t.endsWith(".") && !t.endsWith("..."))) {
                    t = t.substring(0, t.length() - 1).strip();
                    changed = true;
                }
            }
            return t.isEmpty() ? s.strip() : t;
        }

        /** Where the only double quote of a title is, when it opens a quotation that the title does not close; else -1. */
        private static int opening(String t) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < t.length(); i++) {
                if ("\"“”„«»".indexOf(t.charAt(i)) >= 0) {
                    first = count++ == 0 ? i : first;
                }
            }
            return count == 1 && first + 1 < t.length() && Character.isWhitespace(t.charAt(Math.max(0, first - 1))) ? first : -1;
        }

        private static final Pattern SPACES = Pattern.compile("\\s+");
        /** The text before a title's first colon that is followed by a space. */
        private static final Pattern LABEL = Pattern.compile("([^:]+|[^:]*\\d:\\d[^:]*):\\s+");
        /** How many words a session's label has at most ("QuuxConf Main Keynote", "09:00 – Opening keynote"). */
        static final int LABEL_WORDS = 4;
        private static final Pattern NOTE = Pattern.compile("\\s*[(\\[]([\\p{L} ,&/+]{1,40})[)\\]]$");
        private static final Pattern NOTE_WORDS = Pattern.compile("[\\s,&/+]+(?:and\\s+)?");
        private static final String QUOTES = "\"“”„«»'‘’`*_";
        private static final String LEADING = ":;,–—-|)]}•·/…";
        private static final String TRAILING = ",;:|([{–—-";
    }
}
