package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.EventNames;
import dev.talkmine.ner.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An employer named before a job title and a person: "Quillbase co-founder Ann Lee", "Zorbix CTO
 * Bo Chen", "Initech's senior engineer Max Roe"; or before "'s" and a person, with at most one word
 * between that is no function word ("Initech's own Max Roe", not "Ana's and Bo Lee"). The name (one
 * or two capitalised words, less an ordinary English word that opens it, as a sentence's first word
 * does) becomes an organization
 * mention where no mention is, and a technology mention that no gazetteer knows (no category)
 * becomes one; a gazetteer's technology stays ("Kotlin developer Jane Roe" works on the language,
 * not for it), and so does an event ("Zedconf chair Jane Roe"). The job titles are the lexicon's
 * {@code role-words} (at most two lower-case words may come before one: "senior", "developer").
 * Most such employers are in no list and the person rules see only the person, so the
 * construction decides alone, after every learner, and no model's training changes. Immutable.
 */
final class JobTitles {
    /** What the rule's organizations are worth: every one the leave-one-report-out run found was annotated. */
    static final double CONFIDENCE = 0.7;
    /** How far before a person the employer and the title are looked for. */
    private static final int WINDOW = 80;
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&+-]*";
    private static final Pattern SPACE = Pattern.compile("[ \\t]+");
    /** A name, "'s" and maybe one lower-case word, right before where a person starts. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\p{N}_.-])(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD
            + ")?)['’]s[ \\t]+(?:(\\p{Ll}+)[ \\t]+)?$");

    private final WordList words;
    private final Lexicon lexicon;
    /** A name, maybe "'s", up to two lower-case words and a job title, right before where a person starts. */
    private final Pattern beforePerson;

    JobTitles(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.beforePerson = Pattern.compile( // per call on purpose: built from the lexicon's job titles, once per stage
                "(?<![\\p{L}\\p{N}_.-])(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + ")?)(?:['’]s)?[ \\t]+"
                + "(?:\\p{Ll}[\\p{Ll}-]*[ \\t]+){0,2}(?i:" + lexicon.alternation("role-words") + ")[ \\t]+$");
    }

    /**
     * The mentions, in text order, with an organization mention for each employer named before a job
     * title and a person, where no mention is, or in place of a technology mention no gazetteer knows
     * (its reason added to {@code reasons}).
     */
    List<Mention> withEmployers(String text, List<Mention> mentions, EventNames events, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean added = false;
        for (Mention person : mentions) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            int start = person.span().start();
            int from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
            Matcher m = employerBefore(text, Math.max(from, start - WINDOW), start);
            if (m == null) {
                continue;
            }
            TextSpan name = employer(text, m.start(1), m.end(1));
            if (name == null || events.isEventName(name.coveredText(text))) {
                continue;
            }
            String title = text.substring(m.end(1), start).strip();
            added |= place(text, out, name, title, person, reasons);
        }
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /**
     * The match of an employer and a job title, or of an employer, "'s" and at most one word that is no
     * function word, that ends at {@code end}; null when there is none.
     */
    private Matcher employerBefore(String text, int from, int end) {
        // most people have no job title right before them: that pattern is not worth running
        if (lexicon.contains("role-words", wordBefore(text, end))) {
            Matcher m = beforePerson.matcher(text).region(from, end);
            if (m.find()) {
                return m;
            }
        }
        if (!possessiveBefore(text, end)) {
            return null; // nor a possessive: the other pattern is not worth running either
        }
        Matcher m = POSSESSIVE.matcher(text).region(from, end);
        return m.find() && (m.group(2) == null || !lexicon.contains("not-name-words", m.group(2))) ? m : null;
    }

    /** Whether "'s" ends right before the spaces before {@code at}, or before them and one lower-case word ("'s own"). */
    private static boolean possessiveBefore(String text, int at) {
        int i = at;
        for (int words = 0; words < 2; words++) {
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i >= 3 && text.charAt(i - 1) == 's' && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '’')) {
                return true;
            }
            while (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                i--;
            }
        }
        return false;
    }

    /** The word (letters and hyphens) that ends right before the spaces before {@code at}; empty when there is none. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The employer's span: the name less an ordinary word that opens it; null when no name is left or it is a word. */
    private TextSpan employer(String text, int start, int end) {
        String[] parts = SPACE.split(text.substring(start, end));
        int first = 0;
        if (parts.length == 2 && words.isWord(parts[0])) {
            first = 1; // "Yesterday Quillbase", "Then Zorbix"
            start = text.indexOf(parts[1], start + parts[0].length());
        }
        boolean ordinary = words.isWord(parts[first]) || lexicon.contains("not-name-words", parts[first])
                || lexicon.contains("event-words", parts[parts.length - 1]);
        return ordinary ? null : new TextSpan(start, end);
    }

    /** Adds or retypes the employer's mention in {@code out}, unless a mention there says otherwise; whether it added one. */
    private static boolean place(String text, List<Mention> out, TextSpan name, String title, Mention person,
                                 Map<Mention, String> reasons) {
        String written = name.coveredText(text);
        String why = "before '" + title + "' and " + person.text();
        Mention added = new Mention(name, written, EntityType.ORGANIZATION, written, null, MentionSource.RULE, CONFIDENCE,
                "an employer " + why);
        return CompanySense.place(out, name, added,
                m -> m.type() == EntityType.TECHNOLOGY && EntityStage.unknownToGazetteers(m), why, reasons);
    }
}
