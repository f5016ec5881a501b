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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case name the text introduces as one piece of software, after an article or a possessive:
 * "I wrote the knitr package", "Ana's livecode package", "the arena.im service" (kinds: the lexicon's
 * {@code software-kinds}, in the singular: "the micro services" names a kind, not a thing), made of
 * more than ordinary words ("a proof-of-concept library" is a description) and no combining form
 * ("a micro service", lexicon list {@code combining-forms}). The candidate rules propose the same
 * construction, but the mention decision learnt that lower-case words are seldom annotated and drops
 * most of them; a name that is no English word and stands in this construction is one, so it becomes
 * a technology mention where no mention is. Done after every learner, so no model's training
 * changes. Immutable.
 */
final class IntroducedSoftware {
    /** What the rule's mentions are worth: every one the leave-one-report-out run found was annotated. */
    static final double CONFIDENCE = 0.7;
    /** An article or a possessive and a lower-case name, ending where a kind of software starts. */
    private static final Pattern INTRODUCED = Pattern.compile("(?<![\\p{L}\\p{N}_])(?i:the|a|an|his|her|their|our|its"
            + "|\\p{Lu}\\p{L}*['’]s)[ \\t]+(\\p{Ll}[\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#])[ \\t]+$");
    /** How far before a kind of software the construction is looked for. */
    private static final int WINDOW = 80;
    private static final Pattern PARTS = Pattern.compile("[-.]");

    private final WordList words;
    private final Lexicon lexicon;

    IntroducedSoftware(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    /** The mentions and, in text order among them, a technology mention for each name so introduced where no mention is. */
    List<Mention> withIntroducedNames(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean added = false;
        // the kinds are found first (few in a report), the construction only before them
        for (PhraseSet.Match kind : lexicon.phrases("software-kinds").all(text)) {
            Matcher m = INTRODUCED.matcher(text).region(Math.max(0, kind.start() - WINDOW), kind.start())
                    .useTransparentBounds(true);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            if (madeOfWords(name) || lexicon.contains("technology-stop-words", name) || lexicon.contains("combining-forms", name)
                    || EntityStage.covered(mentions, span)) {
                continue;
            }
            out.add(new Mention(span, name, EntityType.TECHNOLOGY, name, null, MentionSource.RULE, CONFIDENCE,
                    "introduced as '" + text.substring(kind.start(), kind.end()) + "'"));
            added = true;
        }
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /** Whether every part of the name between dashes and dots is an ordinary word ("proof-of-concept"). */
    private boolean madeOfWords(String name) {
        for (String part : PARTS.split(name)) {
            if (!part.isEmpty() && !words.isWord(part)) {
                return false;
            }
        }
        return true;
    }
}
