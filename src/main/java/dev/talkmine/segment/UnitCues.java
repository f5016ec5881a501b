package dev.talkmine.segment;

import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import java.util.regex.Pattern;

/**
 * The language cues a unit is read for, compiled once from the lexicon: talk verbs, session
 * nouns, phrases that open a new session, non-talk topics, other events. Each is a feature of the
 * talk-start classifier, not a decision. Immutable and thread-safe.
 */
final class UnitCues {
    final Lexicon lexicon;
    final PhraseSet talkVerb;
    final PhraseSet sessionNoun;
    final PhraseSet nonTalk;
    final PhraseSet otherEvent;
    final PhraseSet structureWord;
    final PhraseSet timeWord;
    /** "Another talk", "The next session", "My favourite keynote" at the start. */
    final Pattern openingSession;
    /** "The day opened with a keynote", "kicked off with the panel". */
    final Pattern openedWith;
    /** "In this talk, ", "During her session, ". */
    final Pattern inThisSession;
    /** "I skipped", "I went to the other track", "TODO". */
    final Pattern skipped;
    /** "Next was", "Then came", "Next up:". */
    final Pattern nextWas;
    /** A year, to tell talks at other editions. */
    final Pattern year;
    /** A first-person start: the author writing about the trip. */
    final Pattern firstPerson;
    /** A quoted span right after "called", "titled" or a session noun, or right before a session noun. */
    final Pattern quotedTitle;
    /** A line that opens with a label for its speakers: "Speaker: Jane Roe", "Presented by: ...". */
    final Pattern speakerLabel;

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(?:19[6-9]\\d|20[0-4]\\d)(?![\\d.])");
    private static final Pattern FIRST_PERSON = Pattern.compile("^\\W*(?:I|I'm|I've|We|We're|My|Our|Me)\\b");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    UnitCues(Lexicon lexicon) {
        this.lexicon = lexicon;
        String session = lexicon.alternation("session-nouns");
        this.talkVerb = lexicon.phrases("talk-verbs");
        this.sessionNoun = lexicon.phrases("session-nouns");
        this.nonTalk = lexicon.phrases("non-talk-topics");
        this.otherEvent = lexicon.phrases("other-event-cues");
        this.structureWord = lexicon.phrases("structure-words");
        this.timeWord = lexicon.phrases("time-words");
        this.openingSession = compile("^\\W*(?:(?:and|but|so|also)\\s+)?" + lexicon.alternation("opening-phrases")
                + ",?\\s+(?:(?!of\\b)[\\p{L}\\d'’-]+\\s+){0,4}?" + session + "\\b");
        this.openedWith = compile("\\b" + lexicon.alternation("opened-with-verbs") + "\\s+with\\s+"
                + "(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+)?" + session + "\\b");
        this.inThisSession = compile("^\\W*(?:in|during)\\s+(?:this|her|his|their|the)\\s+" + session + "\\b");
        this.skipped = compile("^\\W*(?:todo\\b|i\\s+(?:[\\p{L}']+\\s+){0,2}" + lexicon.alternation("skip-phrases") + ")");
        this.nextWas = compile("^\\W*(?:next|then|after (?:that|lunch|the break)|finally|later|last)"
                + ",?\\s+(?:was|were|came|up|it was)\\b");
        this.year = YEAR;
        this.firstPerson = FIRST_PERSON;
        this.quotedTitle = compile("(?:(?:called|named|titled|entitled|" + session + ")\\s*[:,]?\\s*[\"“][^\"”]{3,}[\"”]"
                + "|[\"“][^\"”]{3,}[\"”]\\s+" + session + "\\b)");
        this.speakerLabel = compile("^\\W*" + lexicon.alternation("speaker-labels") + "\\W*:\\s*\\S");
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS); // per call on purpose: made of lexicon words, once per stage
    }
}
