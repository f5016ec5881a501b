package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names listed beside a technology are technologies too: "Redis, valkey or KeyDB", "Zoom, and
 * Jitsi", "net/url and go/ast". Most technologies a report names are in no gazetteer and have no
 * cue word near them, but a list puts like with like, so a name that stands in a list (", ",
 * " and ", " or ", " & ", "/") with a technology mention becomes one, and so does the next, as far
 * as the list goes. A listed item counts as a name when it is one word that is no ordinary English
 * word ("valkey", "htmx.js", "WSGI"; not "testing", "LEDs", "etc") or two or three capitalised
 * words, the first no function word and none an event word ("Visual Studio Code"; not "In Mesos",
 * "Ruby Conference"); the list stops at the first item that is neither. An item another mention
 * covers is stepped over. Likewise a model's technology written as a person's name and listed with
 * a person is a person ("Ines, Bao and Femi"). Done after every learner, so no model's
 * training changes. Immutable.
 */
final class Enumerations {
    /** What the rule's mentions are worth: the share of them the leave-one-report-out run found annotated. */
    static final double CONFIDENCE = 0.65;
    /** How many items one list is followed over in each direction. */
    private static final int MAX_ITEMS = 6;
    /** How far before an item the previous one is looked for. */
    private static final int BACK_WINDOW = 80;

    private static final String CHARS = "(?:[\\p{L}\\p{N}_+#/-]|\\.(?=[\\p{L}\\p{N}]))*+";
    private static final String WORD = "[\\p{L}\\p{N}]" + CHARS;
    /** A capitalised word (or one that starts with a digit) as names write it: "Node.js", "C++", "Pub/Sub". */
    static final String CAPITALISED = "[\\p{Lu}\\p{N}]" + CHARS;
    /** Two or three capitalised words, or one word of any case, neither inside a longer word nor before a capitalised one. */
    private static final String ITEM = "(?<![\\p{L}\\p{N}_+#.-])(?>" + CAPITALISED + "(?: " + CAPITALISED + "){1,2}|" + WORD
            + ")(?! [\\p{Lu}\\p{N}])";
    /** A list's separator between people or things: ", ", ", and ", " or ", " & ". */
    private static final String LIST_SEPARATOR = "[ \\t]*,[ \\t]*(?:(?:and|or)[ \\t]+)?|[ \\t]+(?:and|or|&)[ \\t]+";
    /** Between things also "/" ("RequireJS/AMD"). */
    private static final String SEPARATOR = "(?:" + LIST_SEPARATOR + "|[ \\t]*/[ \\t]*)";
    private static final Pattern NEXT = Pattern.compile(SEPARATOR + "(" + ITEM + ")");
    private static final Pattern PREVIOUS = Pattern.compile("(" + ITEM + ")" + SEPARATOR + "$");
    /** A separator right before a position: checked first, since most mentions stand in no list. */
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile(SEPARATOR + "$");
    /** The longest separator SEPARATOR_BEFORE needs to see (", and " with a spare space or two). */
    private static final int SEPARATOR_WINDOW = 10;
    /** The whole gap between two people of a list. */
    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile(LIST_SEPARATOR);
    /** A person's name as written: capitalised words, each with a lower-case letter after its capital. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]*)*");

    private final WordList words;
    private final Lexicon lexicon;

    Enumerations(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    /** The mentions and, in text order among them, a technology mention for each name listed with a technology. */
    List<Mention> withListedTechnologies(String text, List<Mention> mentions) {
        Map<TextSpan, Mention> found = new TreeMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.TECHNOLOGY) {
                follow(text, m, true, mentions, found);
                follow(text, m, false, mentions, found);
            }
        }
        if (found.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(found.values());
        out.sort(null);
        return out;
    }

    /**
     * The mentions, each technology mention that a model or rule found and no gazetteer knows (no
     * category: the linker gives a gazetteer's name its category), that is written as a name
     * (capitalised words: "Femi", "Ada Okafor") and that stands in a list right next to a person
     * mention ("Ines, Bao and Femi") made a person mention, and so on along the list; its reason
     * added to {@code reasons}.
     */
    List<Mention> withListedPeople(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                Mention m = out.get(i);
                Mention person = m.type() == EntityType.TECHNOLOGY && EntityStage.unknownToGazetteers(m)
                        && NAME.matcher(m.text()).matches()
                        ? listedPerson(text, out, i) : null;
                if (person != null) {
                    String reason = m.text() + ": a person where the text lists it with " + person.text() + ", not a technology";
                    out.set(i, EntityStage.asType(m, EntityType.PERSON, m.text(), reason, reasons));
                    changed = true;
                }
            }
        }
        return out;
    }

    /** The person mention right before or after mention {@code i}, with only a list's separator between, or null. */
    private static Mention listedPerson(String text, List<Mention> mentions, int i) {
        TextSpan span = mentions.get(i).span();
        if (i > 0 && mentions.get(i - 1).type() == EntityType.PERSON
                && PEOPLE_SEPARATOR.matcher(text).region(mentions.get(i - 1).span().end(), span.start()).matches()) {
            return mentions.get(i - 1);
        }
        if (i + 1 < mentions.size() && mentions.get(i + 1).type() == EntityType.PERSON
                && PEOPLE_SEPARATOR.matcher(text).region(span.end(), mentions.get(i + 1).span().start()).matches()) {
            return mentions.get(i + 1);
        }
        return null;
    }

    /** Follows the list from the mention forwards or backwards, adding each listed name. */
    private void follow(String text, Mention from, boolean forwards, List<Mention> mentions, Map<TextSpan, Mention> found) {
        int at = forwards ? from.span().end() : from.span().start();
        if (!forwards && !SEPARATOR_BEFORE.matcher(text).region(Math.max(0, at - SEPARATOR_WINDOW), at).find()) {
            return;
        }
        for (int i = 0; i < MAX_ITEMS; i++) {
            Matcher item = (forwards ? NEXT.matcher(text).region(at, text.length())
                    : PREVIOUS.matcher(text).region(Math.max(0, at - BACK_WINDOW), at)).useTransparentBounds(true);
            if (!(forwards ? item.lookingAt() : item.find())) {
                return;
            }
            TextSpan span = new TextSpan(item.start(1), item.end(1));
            at = forwards ? span.end() : span.start();
            if (EntityStage.covered(mentions, span)) {
                continue;
            }
            String name = item.group(1);
            if (!isName(name) || name.indexOf(' ') > 0 && afterCapitalised(text, span.start())) {
                return;
            }
            found.putIfAbsent(span, new Mention(span, name, EntityType.TECHNOLOGY, name, null, MentionSource.RULE, CONFIDENCE,
                    "listed with " + from.text()));
        }
    }

    /** Whether a capitalised word stands right before: the item would be the end of a longer name. */
    private static boolean afterCapitalised(String text, int start) {
        int i = start - 1;
        while (i > 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return end < start && i + 1 < end && Character.isUpperCase(text.charAt(i + 1));
    }

    /**
     * One word that is no ordinary English word, or capitalised words none of which is an event word,
     * the first no function word ("In Mesos" is no name).
     */
    private boolean isName(String item) {
        String[] ws = item.split(" ");
        if (ws.length == 1) {
            return item.chars().anyMatch(Character::isLetter) && !words.isWord(item) && !lexicon.contains("list-closers", item);
        }
        if (lexicon.contains("not-name-words", ws[0])) {
            return false;
        }
        for (String w : ws) {
            if (lexicon.contains("event-words", w)) {
                return false;
            }
        }
        return true;
    }
}
