package dev.talkmine.segment;

import java.util.regex.Pattern;

/**
 * The language of conference reports that tells a talk from other passages. Each pattern is
 * named by the explanation it gives. None names a report, a person or a title. The public ones are
 * also read by the talk attribute finders, so both stages see a report the same way.
 */
public final class Cues {
    private Cues() {
    }

    static final String SESSION_NOUN = "(?:lightning[ -]talks?|talks?|keynotes?|sessions?|presentations?|panels?|workshops?"
            + "|lectures?|tutorials?|labs?|classes|class|demos?|BoFs?|Q&A)";
    static final String TALK_VERB = "(?:gave|gives|give|giving|presented|presents|presenting|talked|talks|talking|spoke|speaks"
            + "|speaking|discussed|discusses|showed|shows|showing|explained|explains|introduced|introduces|demoed|demonstrated"
            + "|delivered|walked|took us|kicked off|opened|closed|did a|held|hosted|led|ran|went through|went over"
            + "|told|covered|described|shared|was next|followed|continued)";

    /** "Another talk ...", "The first talk after lunch ...", "A logical complement to X's talk ..." at a sentence start. */
    static final Pattern NEW_SESSION_PHRASE = Pattern.compile("^(?:(?:and|but|so|then|also|finally|next|lastly|later),?\\s+)?"
            + "(?:another|one more|the (?:first|second|third|fourth|last|final|next|other|closing|opening|ending)|a|an"
            + "|my (?:first|last|next|favou?rite)|next|then)\\s+(?:(?!of\\b)[\\w'’-]+\\s+){0,4}?" + SESSION_NOUN + "\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Hazelcast talk reminded us", "Mesos presentation seemed" at a sentence start: a named session. */
    static final Pattern NAMED_SESSION_PHRASE = Pattern.compile("^(?!(?i:the|this|that|these|those|his|her|their|its|our|my|your|each|every|no|a|an|another|one)\\b)"
            + "\\p{Lu}[\\w.+#-]*(?:\\s+\\p{Lu}[\\w.+#-]*)?\\s+(?:talk|presentation|keynote|session|lecture)\\b(?!\\s+(?:was|is)\\s+(?:by|given))");

    /** "The conference was opened with a keynote", "the day started with a panel". */
    static final Pattern OPENED_WITH = Pattern.compile("\\b(?:opened|closed|started|kicked off|began|ended)\\s+with\\s+(?:(?:a|an|the)\\s+)?"
            + "(?:[\\w-]+\\s+)?" + SESSION_NOUN + "\\b", Pattern.CASE_INSENSITIVE);

    /** "Next was X", "Next up: X", "Then came X". */
    static final Pattern NEXT_WAS = Pattern.compile("^(?:next|then|after (?:that|lunch|the break)|finally|later),?\\s+(?:was|were|came|up:?|it was)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A talk verb after a sentence's first words, when no model found the speaker ("Rain gave a talk"); not a pronoun. */
    static final Pattern SHORT_SUBJECT_VERB = Pattern.compile("^(?!(?i:he|she|they|it|i|we|you|this|that|there|the|his|her|but|and|so"
            + "|nobody|somebody|someone|everyone|everybody|people|nothing|everything|one|then)\\b)"
            + "(?:(?:\\p{Lu}\\S*|\\S*@\\S*)\\s+){1,3}?(?:gave (?:a|an|the|his|her|their) "
            + "(?:\\w+\\s+){0,2}(?:talk|keynote|presentation|lecture)|talked about|talking about|spoke about|speaking about"
            + "|presented (?:a|an|the|his|her|their)\\b)");

    /** A quoted title right after "called", "titled", a session noun, or right before a session noun. */
    static final Pattern QUOTED_TITLE = Pattern.compile("(?:(?:called|named|titled|entitled|" + SESSION_NOUN + ")\\s*[:,]?\\s*[\"“][^\"”]{3,}[\"”]"
            + "|[\"“][^\"”]{3,}[\"”]\\s+" + SESSION_NOUN + "\\b)", Pattern.CASE_INSENSITIVE);

    /** A session noun and later "by NAME" (the name is checked by the caller). */
    static final Pattern SESSION_THEN_BY = Pattern.compile("\\b" + SESSION_NOUN + "\\b[^.!?]{0,160}?\\b(?:by|from|with)\\s+(?:[^.,;]{0,60}?,\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "After the break, ", "In the afternoon, ", "Later that day, ": when, before a sentence's subject. */
    static final Pattern TIME_PHRASE = Pattern.compile("(?i)^\\s*(?:after|before|during|in|on|later|then|next|finally"
            + "|afterwards|first|right after)\\b[^,.;]{0,30},\\s*$");

    /** "Speaker: ", "Speakers - ", "Presented by ": a label before the speaker line's names. */
    static final Pattern SPEAKER_LABEL = Pattern.compile("(?i)\\s*(?:speakers?|presenters?|presented by|hosts?|hosted by"
            + "|panelists?|panellists?|moderator|by)\\s*[:–—-]?\\s*");

    /** "In this talk, ": what follows names the talk's speaker and topic. */
    public static final Pattern IN_THIS_SESSION = Pattern.compile("(?i)^\\s*(?:in|during)\\s+(?:this|her|his|their|the)\\s+"
            + "(?:talk|session|keynote|presentation|workshop|tutorial|lightning talk)\\s*,?\\s*");

    /** "Posted by Jo Ellis", "photos by ...": a blog byline or credit before the name, never a speaker. */
    static final Pattern BYLINE_BY = Pattern.compile("(?i)\\b(?:posted|written|published|authored|edited|updated|reviewed"
            + "|translated|photos?|pictures?|images?|illustrations?|blog post)\\s+by\\s+$");

    /** Talk of another event or edition: not a session of this conference. */
    static final Pattern OTHER_EVENT = Pattern.compile("\\b(?:last year|previous (?:year|edition|conference)|years ago|earlier this year"
            + "|(?:talk|keynote|presentation)s? (?:from|at) (?:the )?\\p{Lu}\\w*)", Pattern.CASE_INSENSITIVE);

    /** Passages about the trip, not the talks. */
    static final Pattern NON_TALK = Pattern.compile("\\b(?:sprint(?:s|ing|ed)?|part(?:y|ies)|dinner|beers?|travel(?:led|ed|ing)?|flights?"
            + "|hotel|venue|catering|wifi|wi-fi|sightseeing|social event|hallway track|unconference|conclusion|to sum up"
            + "|all in all|overall|thanks|thank you|see you|enough for today|TODO|skipped|room-hopped|lunch|breakfast|food"
            + "|coffee|croissants?|snacks|expo hall|swag|stickers)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A first-person note that the author did not attend this slot. */
    static final Pattern SKIPPED = Pattern.compile("^(?:TODO\\b|I\\s+(?:\\w+\\s+){0,2}(?:skipped|room-hopped|left|went to)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A time of day opening a schedule-style heading: "09:30 – ", "14.00-14.30 ", "10h00: ". */
    public static final Pattern LEADING_TIME = Pattern.compile(
            "^\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm))?(?:\\s*[-–—]\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm))?)?\\s*[-–—:|]?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A heading or item that introduces a session of several lightning talks. */
    static final Pattern LIGHTNING_SESSION = Pattern.compile("^\\W*lightning[ -]talks\\b", Pattern.CASE_INSENSITIVE);

    /** Headings that only structure the report: days, dates, "Talks", "Keynotes". */
    static final Pattern STRUCTURAL_HEADING = Pattern.compile("(?i)^\\W*(?:day\\s+\\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*"
            + "|(?:the\\s+)?(?:other\\s+|more\\s+)?(?:talks|sessions|lectures|keynotes|lightning talks|presentations|workshops)"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:\\s+\\d{4})?)\\W*$");

    /** Headings that name a day or date: structure whatever follows, never part of a talk. */
    static final Pattern DAY_HEADING = Pattern.compile("(?i)^\\W*(?:day\\s+\\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+(?:\\s+\\d{4})?)\\W*$");

    /** "Keynote", "(Panel)", "Q&A" in a heading or at an item's start: a session label. */
    static final Pattern KIND_WORD = Pattern.compile("(?i)\\b(?:keynote|panel|q&a|workshop|tutorial|lightning talk|bof|ignite)\\b");

    /** An item that starts with a title and then a dash, the way lists of talks are written ("Title — comment"). */
    static final Pattern TITLE_DASH = Pattern.compile("^\\p{Lu}[^—–]{2,90}?\\s[—–-]\\s");
}
