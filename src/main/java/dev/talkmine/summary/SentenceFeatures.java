package dev.talkmine.summary;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import dev.talkmine.learn.OpinionWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features that tell a sentence saying what a talk was about from the rest of its passage:
 * where it is (and where the passage's first sentence with content, with the speaker, with a talk
 * verb is), how long, whether it names the speaker, the title's words, technologies, uses a talk
 * verb, brings words of its own (not the title's, not names), is about logistics or only an
 * opinion, how much of the passage's particular vocabulary it carries, and what the sentence before
 * it was. Immutable and thread-safe.
 */
final class SentenceFeatures {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Lexicon lexicon;
    private final PhraseSet talkVerb;
    private final PhraseSet sessionNoun;

    SentenceFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.talkVerb = lexicon.phrases("talk-verbs");
        this.sessionNoun = lexicon.phrases("session-nouns");
    }

    /**
     * One sentence of a passage, as the features see it.
     *
     * @param piece    the sentence
     * @param count    how many sentences the passage has
     * @param words    its lower-case word tokens
     * @param mentions the mentions inside it
     * @param rank     its rank by salience in the passage (0: most salient)
     * @param salience its salience over the passage's highest
     * @param text     its text
     */
    record Seen(PassageSentences.Piece piece, int count, List<String> words, List<Mention> mentions, int rank,
                double salience, String text) {
    }

    /**
     * Which sentences of the passage are the first of their kind: the first with some content (not
     * a heading, four words or more), the first naming the speaker, the first with a talk verb.
     */
    record Firsts(int content, int speaker, int talkVerb) {
    }

    /** The firsts of a passage's sentences. */
    Firsts firsts(List<Seen> seen, TalkFacts talk) {
        int content = -1;
        int speaker = -1;
        int verb = -1;
        for (Seen s : seen) {
            int i = s.piece().index();
            if (content < 0 && s.piece().block() != Block.Kind.HEADING && s.words().size() >= 4) {
                content = i;
            }
            if (speaker < 0 && names(s, talk)) {
                speaker = i;
            }
            if (verb < 0 && talkVerb.in(s.text())) {
                verb = i;
            }
        }
        return new Firsts(content, speaker, verb);
    }

    /** The features of sentence {@code s}, after {@code previous} (null for the first). */
    String[] of(Seen s, Seen previous, TalkFacts talk, Set<String> titleWords, Firsts firsts) {
        Features f = new Features();
        int i = s.piece().index();
        f.add("pos", Features.bucket(i)).addIf(i == s.count() - 1, "last").add("n", Features.bucket(s.count()));
        f.addIf(i == firsts.content(), "firstContent").addIf(i == firsts.speaker(), "firstSpeaker")
                .addIf(i == firsts.talkVerb(), "firstTalkVerb");
        f.add("fromContent", firsts.content() < 0 ? "none" : distance(i - firsts.content()));
        f.add("sal", s.rank() > 2 ? "3+" : Integer.toString(s.rank()));
        f.add("salShare", Features.share((int) Math.round(s.salience() * 100), 100));
        local(f, s, talk, titleWords);
        if (previous != null) {
            Features before = new Features();
            local(before, previous, talk, titleWords);
            f.addAll("prev", before);
        }
        Features and = new Features();
        and.add("pos", Features.bucket(i)).add("block", s.piece().block());
        f.addAll("sal" + Math.min(s.rank(), 3), and);
        return f.toArray();
    }

    /** What the sentence itself is, wherever it stands. */
    private void local(Features f, Seen s, TalkFacts talk, Set<String> titleWords) {
        f.add("block", s.piece().block()).addIf(s.piece().firstOfBlock(), "firstOfBlock");
        f.add("len", length(s.words().size()));
        opening(f, s, talk);
        mentions(f, s, talk);
        f.addIf(sessionNoun.in(s.text()), "session");
        String text = s.text();
        for (PhraseSet.Match v : talkVerb.all(text)) {
            f.add("verb", text.substring(v.start(), v.end()).toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
        f.addIf(s.words().contains("about"), "about");
        title(f, s.words(), titleWords);
        cues(f, s, titleWords);
        f.addIf(s.text().endsWith(":"), "colonEnd").addIf(s.text().endsWith("?"), "question");
        f.addIf(s.text().contains("http"), "link");
    }

    private static String distance(int d) {
        return d < 0 ? "before" : d > 2 ? "3+" : Integer.toString(d);
    }

    /** The sentence's first two words: lower-case words as they are, others by their shape or as names. */
    private void opening(Features f, Seen s, TalkFacts talk) {
        List<TextSpan> tokens = s.piece().tokens();
        String w0 = tokens.isEmpty() ? "none" : shape(tokens.get(0), s, talk);
        String w1 = tokens.size() < 2 ? "none" : shape(tokens.get(1), s, talk);
        f.add("w0", w0).add("w01", w0 + "_" + w1);
    }

    private String shape(TextSpan token, Seen s, TalkFacts talk) {
        for (Mention m : s.mentions()) {
            if (m.span().contains(token)) {
                return m.type() == EntityType.PERSON && talk.isSpeaker(m.name(), m.text()) ? "SPEAKER" : m.type().name();
            }
        }
        int at = token.start() - s.piece().span().start();
        String w = s.text().substring(at, at + token.length());
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.equals(lower) || lexicon.contains("summary-stop-words", lower) || lexicon.contains("first-person", lower)) {
            return w.codePoints().allMatch(Character::isLetter) || lower.contains("'") ? lower : "PUNCT";
        }
        return Character.isUpperCase(w.codePointAt(0)) ? "Cap" : "other";
    }

    private static boolean names(Seen s, TalkFacts talk) {
        for (Mention m : s.mentions()) {
            if (m.type() == EntityType.PERSON && talk.isSpeaker(m.name(), m.text())) {
                return true;
            }
        }
        return false;
    }

    private static void mentions(Features f, Seen s, TalkFacts talk) {
        int tech = 0;
        int people = 0;
        for (Mention m : s.mentions()) {
            tech += m.type() == EntityType.TECHNOLOGY ? 1 : 0;
            people += m.type() == EntityType.PERSON ? 1 : 0;
        }
        f.add("tech", Features.bucket(tech)).add("people", Features.bucket(people)).addIf(names(s, talk), "speaker");
    }

    private static void title(Features f, List<String> words, Set<String> titleWords) {
        if (titleWords.isEmpty()) {
            f.add("notitle");
            return;
        }
        Set<String> in = new HashSet<>(words);
        int shared = (int) titleWords.stream().filter(in::contains).count();
        f.add("title", Features.share(shared, titleWords.size()));
    }

    /** Logistics, opinion and content words; content words that are neither the title's nor part of a name. */
    private void cues(Features f, Seen s, Set<String> titleWords) {
        OpinionWords opinions = lexicon.opinions();
        Set<String> named = new HashSet<>();
        for (Mention m : s.mentions()) {
            for (String w : SPACES.split(m.text().toLowerCase(Locale.ROOT))) {
                named.add(w);
            }
        }
        List<String> words = s.words();
        int logistics = 0;
        int opinion = 0;
        int content = 0;
        int fresh = 0;
        boolean firstPerson = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (opinions.at(words, k) != null) {
                opinion++;
            } else if (lexicon.contains("logistics-words", w)) {
                logistics++;
            } else if (!lexicon.contains("summary-stop-words", w)) {
                content++;
                fresh += titleWords.contains(w) || named.contains(w) ? 0 : 1;
            }
            firstPerson |= lexicon.contains("first-person", w);
        }
        f.add("logistics", Features.bucket(logistics)).add("opinion", Features.bucket(opinion));
        f.addIf(opinion > 0 && content <= 3, "pureOpinion").addIf(firstPerson, "firstPerson");
        f.add("content", Features.bucket(content)).add("fresh", Features.bucket(fresh));
    }

    /** Word counts as a linear model can use them. */
    static String length(int words) {
        if (words <= 3) {
            return "1-3";
        }
        if (words <= 7) {
            return "4-7";
        }
        if (words <= 15) {
            return "8-15";
        }
        return words <= 30 ? "16-30" : words <= 50 ? "31-50" : "51+";
    }

    /** The lower-case words (tokens with a letter or digit) of a piece. */
    static List<String> words(PassageSentences.Piece piece, String text) {
        List<String> out = new ArrayList<>();
        for (TextSpan t : piece.tokens()) {
            String w = t.coveredText(text);
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
