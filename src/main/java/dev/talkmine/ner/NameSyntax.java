package dev.talkmine.ner;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How person names are written, in any cased script: words that start with a capital and may go on
 * across hyphens and apostrophes ("Smith-Jones", "O'Neil", "Marc-André", "Nguyễn"), initials
 * ("John Q. Public", "J.J. Allaire"), lower-case particles from the lexicon ("Guido van Rossum",
 * "Ali bin Said") and glued prefixes ("al-Rashid"). Letters are {@code \p{L}} with combining marks
 * {@code \p{M}}, never {@code [A-Za-z]}. Immutable and thread-safe.
 */
final class NameSyntax {
    /** One name word: a capital, then letters and marks, across inner hyphens and apostrophes (not a possessive "'s"). */
    static final String WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:" + "[-'’](?![sS](?![\\p{L}\\p{M}]))\\p{L}[\\p{L}\\p{M}]*)*";
    /** One to three initials: "Q.", "J.J.", "J. R.". */
    static final String INITIALS = "\\p{Lu}\\.(?:[ \\t]?\\p{Lu}\\.){0,2}";
    /** A glued lower-case prefix of a surname: "al-Rashid", "d'Alembert". */
    static final String GLUED = "(?:(?:al|el|ad|ben)-|d['’])?";
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}_@])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}_])";
    /** Letters, marks and the joiners inside a name word, for widening a span to whole words. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:\\p{L}[\\p{L}\\p{M}]*[-'’])+$|[\\p{L}\\p{M}]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^(?:[\\p{L}\\p{M}]+|(?:[-'’](?![sS](?![\\p{L}\\p{M}]))\\p{L}[\\p{L}\\p{M}]*)+)");
    /** After a span ending in a one-letter word: ". Public" (the rest of "John Q. Public"). */
    private static final Pattern INITIAL_THEN_SURNAME = Pattern.compile("^\\.[ \\t]+" + GLUED + WORD);

    private final String full;

    NameSyntax(Lexicon lexicon) {
        String particle = "(?:" + lexicon.alternation("name-particles") + ")";
        String part = "(?:" + INITIALS + "|" + GLUED + WORD + ")";
        // two to five parts, particles between them, the last a whole word
        this.full = "(?:" + part + "[ \\t]+(?:" + particle + "[ \\t]+){0,2}){1,4}" + GLUED + WORD;
    }

    /** A full name of two or more parts as a regex (no group of its own), case-sensitive. */
    String full() {
        return full;
    }

    /** A full name that is a whole word run: not inside a longer word or after "@". */
    Pattern fullPattern() {
        return Pattern.compile( // per call on purpose: built from the lexicon's name particles, once per stage
                NOT_LETTER_BEFORE + "(" + full + ")" + NOT_LETTER_AFTER);
    }

    /**
     * The span widened to the whole name words it cuts ("Smith" of "Smith-Jones", "André" of
     * "Marc-André", a word split at a combining mark) and past an initial to its surname ("John Q"
     * of "John Q. Public"); the span itself when nothing is cut.
     */
    static TextSpan widen(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (before.find()) {
            start -= before.end() - before.start();
        }
        Matcher after = WORD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (after.lookingAt()) {
            end = after.end();
        }
        boolean initialLast = end - start >= 3 && Character.isUpperCase(text.charAt(end - 1)) && text.charAt(end - 2) == ' ';
        Matcher surname = INITIAL_THEN_SURNAME.matcher(text).region(end, Math.min(text.length(), end + 60));
        if (initialLast && surname.lookingAt()) {
            end = surname.end();
        }
        return new TextSpan(start, end);
    }
}
