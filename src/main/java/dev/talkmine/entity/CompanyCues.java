package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import dev.talkmine.ner.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that the text itself marks as companies by a cue: listed after a kind of company ("companies
 * like Initech, Zorbix and Quill", "vendors such as Quillbase": the lexicon's {@code company-nouns});
 * in apposition to one or said to be one ("Initech - a large bank", "Zorbix, a software consultancy",
 * "Quill A/S (a two-person shop)", "Quillbase has become a PBC": an article and at most three words,
 * no preposition, before one of the lexicon's {@code company-kinds}); or beside a company's people,
 * written in lower case (the lexicon's {@code company-people}): after them and "at" or "from" ("the
 * team at Initech", "folks from Quill Coffee"), or before them as a name of two or three words not
 * all ordinary ("Quill Java Community people"; not "Open Search Platform team", a unit) or a name
 * and "'s" ("Initech's engineering team"). Each such name is a company there: a technology or
 * location mention of exactly it becomes an organization mention (beside a company's people only a
 * technology mention no gazetteer knows: "developers from Poland" is a place), and a name with no
 * mention becomes one, though it be an ordinary word ("Unreal"). The annotation guidelines list a
 * name used in both senses under both types, so the name's other mentions keep theirs. The mention
 * decision reads most such names as the products a gazetteer lists ("Unity", "Oculus"); the cue
 * decides alone, after every learner, and no model's training changes. Immutable.
 */
final class CompanyCues {
    /** What the rule's new organizations are worth. */
    static final double CONFIDENCE = 0.6;
    /** A word of a name: capitalised, ending with a letter or digit ("Node.js", not "Initech." of a sentence's end). */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}.&'’-]*[\\p{L}\\p{N}])?";
    /** A listed name: up to three such words. */
    private static final Pattern NAME = Pattern.compile(WORD + "(?:[ \\t]+" + WORD + "){0,2}");
    /** A word of a name in apposition: as {@link #WORD}, and "/" inside it ("Initech A/S"). */
    private static final String APPOSED_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}.&'’/-]*[\\p{L}\\p{N}])?";
    /**
     * A name of up to three words, then " - ", ", ", " (" or "is", "was", "has become", an article and at
     * most three words that are no preposition, up to where a kind of company starts.
     */
    private static final Pattern APPOSED = Pattern.compile("(?<![\\p{L}\\p{N}/.&'’-])(" + APPOSED_WORD + "(?:[ \\t]+"
            + APPOSED_WORD + "){0,2})(?:[ \\t]*,|[ \\t]+[-–—]|[ \\t]*\\("
            + "|[ \\t]+(?:is|was|is[ \\t]+now|has[ \\t]+become|became))"
            + "[ \\t]*(?:an?)[ \\t]+(?:(?!(?:for|of|to|in|with|by|on|at|from|and|or)[ \\t])[\\p{L}-]+[ \\t]+){0,3}$");
    /** After a company's people: " at ", " from the ", up to where the company's name starts. */
    private static final Pattern AT_OR_FROM = Pattern.compile("[ \\t]+(?:at|from)[ \\t]+(?:the[ \\t]+)?");
    /** A company's name after its people: up to three words, the first maybe a number ("5 Quill Coffee"). */
    private static final Pattern PEOPLES_COMPANY = Pattern.compile("(?:\\p{N}+|" + WORD + ")(?:[ \\t]+" + WORD + "){0,2}");
    /**
     * Before a company's people: a name of two or three words ("Quill Java Community people"), or a
     * name and "'s" and maybe a lower-case word ("Initech's engineering team").
     */
    private static final Pattern PEOPLES_COMPANY_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.&'’-])"
            + "(?:(" + WORD + "(?:[ \\t]+" + WORD + "){1,2})|(" + WORD + ")['’]s(?:[ \\t]+\\p{Ll}+)?)[ \\t]+$");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** How far before a kind of company or a company's people the name is looked for. */
    private static final int APPOSED_WINDOW = 100;
    /** Between two listed names: ", ", " and ", ", or ", " & ". */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*(?:(?:and|or)[ \\t]+)?|[ \\t]+(?:and|or|&)[ \\t]+");

    /** What a listed or apposed name retypes: a technology's or a place's mention of exactly the name. */
    private static final Predicate<Mention> LISTED = m -> m.type() == EntityType.TECHNOLOGY || m.type() == EntityType.LOCATION;
    /** What a name beside a company's people retypes: a technology mention no gazetteer knows. */
    private static final Predicate<Mention> UNKNOWN_TECHNOLOGY =
            m -> m.type() == EntityType.TECHNOLOGY && EntityStage.unknownToGazetteers(m);

    private final WordList words;
    private final Lexicon lexicon;
    /** A kind of company and "like", "such as" or "including", up to where the list starts. */
    private final Pattern cue;

    CompanyCues(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.cue = Pattern.compile( // per call on purpose: built from the lexicon's company nouns, once per stage
                "(?<![\\p{L}])(?i:" + lexicon.alternation("company-nouns") + "),?[ \\t]+(?:like|such[ \\t]+as|including)[ \\t]+");
    }

    /**
     * The mentions, in text order, each name a cue marks as a company an organization mention (in
     * place of a mention the cue retypes, or where no mention is), with the reason of each retyped one
     * added to {@code reasons}.
     */
    List<Mention> withCompanies(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean added = listed(text, out, reasons);
        added |= apposed(text, out, reasons);
        added |= besidePeople(text, out, reasons);
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /** Places the names listed after a kind of company; whether it added a mention. */
    private boolean listed(String text, List<Mention> out, Map<Mention, String> reasons) {
        boolean added = false;
        Matcher c = cue.matcher(text).useTransparentBounds(true);
        // the kinds of company are found first (few in a report), the cue tried only where one starts
        for (PhraseSet.Match noun : lexicon.phrases("company-nouns").all(text)) {
            if (!c.region(noun.start(), text.length()).lookingAt()) {
                continue;
            }
            String kind = c.group().strip();
            Matcher name = NAME.matcher(text);
            Matcher separator = SEPARATOR.matcher(text);
            int at = c.end();
            while (name.region(at, text.length()).lookingAt()) {
                added |= place(text, out, new TextSpan(name.start(), name.end()), "listed after '" + kind + "'", LISTED, reasons);
                if (!separator.region(name.end(), text.length()).lookingAt()) {
                    break;
                }
                at = separator.end();
            }
        }
        return added;
    }

    /** Places the names in apposition to a kind of company or said to be one; whether it added a mention. */
    private boolean apposed(String text, List<Mention> out, Map<Mention, String> reasons) {
        boolean added = false;
        for (PhraseSet.Match kind : lexicon.phrases("company-kinds").all(text)) {
            Matcher m = APPOSED.matcher(text).region(Math.max(0, kind.start() - APPOSED_WINDOW), kind.start())
                    .useTransparentBounds(true);
            if (m.find()) {
                TextSpan name = withoutFunctionWord(text, new TextSpan(m.start(1), m.end(1)));
                added |= place(text, out, name, "in apposition to '" + text.substring(m.end(1), kind.end()).strip() + "'", LISTED,
                        reasons);
            }
        }
        return added;
    }

    /** Places the names beside a company's people, after them and "at" or "from" or before them; whether it added a mention. */
    private boolean besidePeople(String text, List<Mention> out, Map<Mention, String> reasons) {
        boolean added = false;
        Matcher after = AT_OR_FROM.matcher(text);
        Matcher company = PEOPLES_COMPANY.matcher(text);
        for (PhraseSet.Match people : lexicon.phrases("company-people").all(text)) {
            if (!Character.isLowerCase(text.charAt(people.start()))) {
                continue; // "The Quill Developers Guild", "Building Your Zorbix Team": a title's word
            }
            if (after.region(people.end(), text.length()).lookingAt() && company.region(after.end(), text.length()).lookingAt()
                    && !lexicon.contains("not-name-words", company.group())) {
                String why = "after '" + text.substring(people.start(), after.end()).strip() + "'";
                added |= place(text, out, new TextSpan(company.start(), company.end()), why, UNKNOWN_TECHNOLOGY, reasons);
                continue;
            }
            Matcher before = PEOPLES_COMPANY_BEFORE.matcher(text)
                    .region(Math.max(0, people.start() - APPOSED_WINDOW), people.start()).useTransparentBounds(true);
            if (!before.find()) {
                continue;
            }
            int g = before.group(1) != null ? 1 : 2;
            TextSpan name = withoutFunctionWord(text, new TextSpan(before.start(g), before.end(g)));
            String written = name.coveredText(text);
            if (g == 1 && (SPACES.split(written).length < 2 || madeOfWords(written))) {
                continue; // "the Go team": a technology's; "Initech's Data Platform team": a company's unit
            }
            String why = "before '" + text.substring(before.end(g), people.end()).strip() + "'";
            added |= place(text, out, name, why, UNKNOWN_TECHNOLOGY, reasons);
        }
        return added;
    }

    /** Whether every word of the name is an ordinary word. */
    private boolean madeOfWords(String name) {
        for (String w : SPACES.split(name)) {
            if (!words.isWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** The name less a function word that opens it ("The Initech" of a sentence's start: "Initech"). */
    private TextSpan withoutFunctionWord(String text, TextSpan name) {
        String written = name.coveredText(text);
        int space = written.indexOf(' ');
        return space > 0 && lexicon.contains("not-name-words", written.substring(0, space))
                ? withoutFunctionWord(text, new TextSpan(name.start() + space + 1, name.end())) : name;
    }

    /**
     * Adds the company's mention to {@code out}, or retypes the mention there that {@code retypable}
     * accepts, for the construction {@code why}; whether it added one.
     */
    private boolean place(String text, List<Mention> out, TextSpan name, String why, Predicate<Mention> retypable,
                          Map<Mention, String> reasons) {
        String written = name.coveredText(text);
        // a function word ("The") names nothing; an ordinary word does here ("Unreal")
        Mention added = lexicon.contains("not-name-words", written) ? null
                : new Mention(name, written, EntityType.ORGANIZATION, written, null, MentionSource.RULE, CONFIDENCE,
                        "a company " + why);
        return CompanySense.place(out, name, added, retypable, why, reasons);
    }
}
