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
 * A name the text introduces as one piece of software: a lower-case name after an article or a
 * possessive and before a kind of software, "I wrote the knitr package", "Ana's livecode package",
 * "the arena.im service" (kinds: the lexicon's {@code software-kinds}, in the singular: "the micro
 * services" names a kind, not a thing), made of more than ordinary words ("a proof-of-concept
 * library" is a description) and no combining form ("a micro service", lexicon list {@code
 * combining-forms}); a name right after an article or a possessive and a kind of software, "the
 * library Zorbix", "a service called quill.io" ({@link #nameAfter}); or a one-word name in apposition
 * to a kind of software or said to be one, "zorbix, a proof-of-concept library" ({@link
 * #nameApposed}). The candidate rules propose the same constructions, but the mention decision learnt
 * that lower-case words are seldom annotated and drops most of them; a name that stands in one of
 * them is software, so it becomes a technology mention where no mention is. Done after every
 * learner, so no model's training changes. Immutable.
 */
final class IntroducedSoftware {
    /** What the rule's mentions are worth: every one the leave-one-report-out run found was annotated. */
    static final double CONFIDENCE = 0.7;
    /** An article or a possessive and a lower-case name, ending where a kind of software starts. */
    private static final Pattern INTRODUCED = Pattern.compile("(?<![\\p{L}\\p{N}_])(?i:the|a|an|his|her|their|our|its"
            + "|\\p{Lu}\\p{L}*['’]s)[ \\t]+(\\p{Ll}[\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#])[ \\t]+$");
    /** An article, a possessive or "new", ending where a kind of software starts. */
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}_])(?i:the|a|an|his|her|their|our|its|new"
            + "|\\p{Lu}\\p{L}*['’]s)[ \\t]+$");
    /**
     * After a kind of software: maybe "called" or "named" and a quote, then a name ("the library Zorbix",
     * "a service called quill.io", "a tool called “Quill”").
     */
    private static final Pattern NAMED = Pattern.compile("^[ \\t]+(?:(?:called|named)[ \\t]+[\"“'‘]?)?"
            + "(\\p{L}[\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#]|\\p{L})(?![\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#])");
    /**
     * A one-word name, then ", ", " - ", " (" or "is", "was", "is now", an article and at most three
     * words that are no preposition, up to where a kind of software starts.
     */
    private static final Pattern APPOSED = Pattern.compile("(?<![\\p{L}\\p{N}_.+#/-])"
            + "(\\p{L}[\\p{L}\\p{N}_.+#/-]*[\\p{L}\\p{N}_+#]|\\p{L})(?:[ \\t]*,|[ \\t]+[-–—]|[ \\t]*\\(|[ \\t]+(?:is|was|is[ \\t]+now))[ \\t]*(?i:the|an?)[ \\t]+"
            + "(?:(?!(?:for|of|to|in|with|by|on|at|from|and|or)[ \\t])[\\p{L}-]+[ \\t]+){0,3}$");
    /** How far before a kind of software the construction is looked for. */
    private static final int WINDOW = 80;
    private static final Pattern PARTS = Pattern.compile("[-.]");
    /** A word of letters alone, which may be an ordinary word ("to"); "quill.io" or "py3" is none. */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+");

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
            TextSpan span = nameBefore(text, kind);
            if (span == null) {
                span = nameAfter(text, kind);
            }
            if (span == null) {
                span = nameApposed(text, kind);
            }
            if (span == null || EntityStage.covered(mentions, span)) {
                continue;
            }
            String name = span.coveredText(text);
            out.add(new Mention(span, name, EntityType.TECHNOLOGY, name, null, MentionSource.RULE, CONFIDENCE,
                    "introduced as '" + text.substring(kind.start(), kind.end()) + "'"));
            added = true;
        }
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /**
     * The lower-case name an article or a possessive introduces right before this kind of software
     * ("the knitr package"), unless made of ordinary words, a stop word or a combining form; else null.
     */
    private TextSpan nameBefore(String text, PhraseSet.Match kind) {
        Matcher m = INTRODUCED.matcher(text).region(Math.max(0, kind.start() - WINDOW), kind.start()).useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        boolean named = !madeOfWords(name) && !lexicon.contains("technology-stop-words", name)
                && !lexicon.contains("combining-forms", name);
        return named ? new TextSpan(m.start(1), m.end(1)) : null;
    }

    /**
     * The name right after this kind of software, in the singular, that an article, a possessive or
     * "new" opens ("the library Zorbix", "a service called quill.io"): any name but a function word, a
     * stop word or a concept's abbreviation ("a library API"), and a lower-case one only if it is no
     * ordinary word ("a tool to"); else null.
     */
    private TextSpan nameAfter(String text, PhraseSet.Match kind) {
        String noun = text.substring(kind.start(), kind.end());
        if (noun.endsWith("s") || !ARTICLE.matcher(text).region(Math.max(0, kind.start() - WINDOW), kind.start())
                .useTransparentBounds(true).find()) {
            return null;
        }
        Matcher m = NAMED.matcher(text).region(kind.end(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        boolean named = !lexicon.contains("not-name-words", name) && !lexicon.contains("technology-stop-words", name)
                && !lexicon.contains("concept-abbreviations", name)
                && (Character.isUpperCase(name.codePointAt(0)) || !PLAIN_WORD.matcher(name).matches() || !words.isWord(name));
        return named ? new TextSpan(m.start(1), m.end(1)) : null;
    }

    /**
     * The one-word name in apposition to this kind of software or said to be one ("zorbix, a
     * proof-of-concept library", "Zorbix is the new shading language", "Nomadix - an engine"): an
     * article and at most three words that are no preposition between; not a function word, a stop
     * word or a concept's abbreviation, a lower-case one only if it is no ordinary word, and a
     * capitalised ordinary word only inside a sentence ("Quillstream, a stream engine", not "Everything is
     * a service"); else null.
     */
    private TextSpan nameApposed(String text, PhraseSet.Match kind) {
        String noun = text.substring(kind.start(), kind.end());
        Matcher m = APPOSED.matcher(text).region(Math.max(0, kind.start() - WINDOW), kind.start()).useTransparentBounds(true);
        if (noun.endsWith("s") || !m.find()) {
            return null;
        }
        String name = m.group(1);
        boolean lower = !Character.isUpperCase(name.codePointAt(0));
        boolean ordinary = PLAIN_WORD.matcher(name).matches() && words.isWord(name);
        boolean named = !lexicon.contains("not-name-words", name) && !lexicon.contains("technology-stop-words", name)
                && !lexicon.contains("concept-abbreviations", name) && !(ordinary && (lower || sentenceStart(text, m.start(1))));
        return named ? new TextSpan(m.start(1), m.end(1)) : null;
    }

    /** Whether only spaces, and before them a line's start or a sentence's end, stand before {@code at}. */
    private static boolean sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || ".!?:\n".indexOf(text.charAt(i - 1)) >= 0;
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
