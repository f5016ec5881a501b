package dev.talkmine.ner;

import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sentences the CRF reads. It relies on case and all but never finds a name in a sentence
 * whose only capitals open an ordinary word ("The", "After") or are the pronoun "I"; such
 * sentences, when they end in punctuation like a sentence (headings and fragments are read),
 * hold about 30 % of a report's tokens and of the CRF's time. The exception is a first
 * name that is also a word ("Jay also showed ..."): a skipped sentence opened by a word of a name the
 * CRF found elsewhere in the report is read after all. Immutable and thread-safe.
 */
final class CrfSentences {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final WordList words;

    CrfSentences(WordList words) {
        this.words = words;
    }

    /** A report's sentences: those the CRF reads and those it skips, each in text order. */
    record Split(List<Sentence> read, List<Sentence> skipped) {
    }

    Split split(String text, List<Sentence> sentences) {
        List<Sentence> read = new ArrayList<>();
        List<Sentence> skipped = new ArrayList<>();
        for (Sentence s : sentences) {
            (mayName(text, s) ? read : skipped).add(s);
        }
        return new Split(List.copyOf(read), List.copyOf(skipped));
    }

    /** The skipped sentences opened by a word of a name in {@code found}. */
    List<Sentence> openedByNames(String text, List<Sentence> skipped, List<Proposal> found) {
        Set<String> named = new HashSet<>();
        found.forEach(p -> named.addAll(List.of(SPACE.split(p.mention().text()))));
        return skipped.stream().filter(s -> named.contains(openingWord(text, s))).toList();
    }

    /**
     * Whether a sentence has a capital the CRF could read as a name: any but the first letter of
     * an ordinary opening word and of the pronoun "I" ("I'm", "I've").
     */
    boolean mayName(String text, Sentence s) {
        if (s.tokens().isEmpty() || endsInWord(text, s)) {
            return true; // a heading or a fragment: the CRF reads its capitals differently ("Organisation and travel")
        }
        boolean first = true;
        for (TextSpan t : s.tokens()) {
            String token = t.coveredText(text);
            long capitals = token.codePoints().filter(Character::isUpperCase).count();
            if (capitals > 0) {
                boolean initial = capitals == 1 && Character.isUpperCase(token.codePointAt(0));
                boolean pronoun = token.equals("I") || token.startsWith("I'") || token.startsWith("I\u2019");
                if (!initial || !(pronoun || first && words.isWord(token))) {
                    return true;
                }
            }
            first &= token.codePoints().noneMatch(Character::isLetter);
        }
        return false;
    }

    private static boolean endsInWord(String text, Sentence s) {
        TextSpan last = s.tokens().get(s.tokens().size() - 1);
        return Character.isLetterOrDigit(text.codePointBefore(last.end()));
    }

    /** The sentence's first token with a letter, or "". */
    private static String openingWord(String text, Sentence s) {
        for (TextSpan t : s.tokens()) {
            String token = t.coveredText(text);
            if (token.codePoints().anyMatch(Character::isLetter)) {
                return token;
            }
        }
        return "";
    }
}
