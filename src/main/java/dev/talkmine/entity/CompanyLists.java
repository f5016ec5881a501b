package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names listed after a kind of company: "companies like Initech, Zorbix and Quill", "vendors such
 * as Quillbase" (the kinds are the lexicon's {@code company-nouns}). Each listed name is a company
 * there: a technology or location mention of it becomes an organization mention (the annotation
 * guidelines list a name used in both senses under both types, so the name's other mentions keep
 * theirs), and a name with no mention becomes one, though it be an ordinary word ("Unreal"). The
 * mention decision reads most such names as the products a gazetteer lists ("Unity", "Oculus");
 * the list decides alone, after every learner, and no model's training changes. Immutable.
 */
final class CompanyLists {
    /** What the rule's new organizations are worth. */
    static final double CONFIDENCE = 0.6;
    /** A word of a name: capitalised, ending with a letter or digit ("Node.js", not "Initech." of a sentence's end). */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}.&'’-]*[\\p{L}\\p{N}])?";
    /** A listed name: up to three such words. */
    private static final Pattern NAME = Pattern.compile(WORD + "(?:[ \\t]+" + WORD + "){0,2}");
    /** Between two listed names: ", ", " and ", ", or ", " & ". */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*(?:(?:and|or)[ \\t]+)?|[ \\t]+(?:and|or|&)[ \\t]+");

    private final Lexicon lexicon;
    /** A kind of company and "like", "such as" or "including", up to where the list starts. */
    private final Pattern cue;

    CompanyLists(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cue = Pattern.compile( // per call on purpose: built from the lexicon's company nouns, once per stage
                "(?<![\\p{L}])(?i:" + lexicon.alternation("company-nouns") + "),?[ \\t]+(?:like|such[ \\t]+as|including)[ \\t]+");
    }

    /**
     * The mentions, in text order, each name listed after a kind of company an organization mention
     * (in place of a technology or location mention of it, or where no mention is), with the reason of
     * each retyped one added to {@code reasons}.
     */
    List<Mention> withListedCompanies(String text, List<Mention> mentions, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
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
                added |= place(text, out, new TextSpan(name.start(), name.end()), kind, reasons);
                if (!separator.region(name.end(), text.length()).lookingAt()) {
                    break;
                }
                at = separator.end();
            }
        }
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /** Adds or retypes the listed company's mention in {@code out}; whether it added one. */
    private boolean place(String text, List<Mention> out, TextSpan name, String kind, Map<Mention, String> reasons) {
        String written = name.coveredText(text);
        String why = "listed after '" + kind + "'";
        // a function word ("The") names nothing; an ordinary word does here ("Unreal")
        Mention added = lexicon.contains("not-name-words", written) ? null
                : new Mention(name, written, EntityType.ORGANIZATION, written, null, MentionSource.RULE, CONFIDENCE,
                        "a company " + why);
        return CompanySense.place(out, name, added,
                m -> m.type() == EntityType.TECHNOLOGY || m.type() == EntityType.LOCATION, why, reasons);
    }
}
