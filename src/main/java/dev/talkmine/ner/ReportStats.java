package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the whole report says about a string, counted once per report so that no candidate scans
 * the text: how often each proposed string occurs, how each word is capitalised across the report,
 * and the words and run-together forms of the full names proposed (a first name alone, a personal
 * site "janeroe.dev"). Immutable after construction.
 */
final class ReportStats {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

    private final Map<String, Integer> proposed = new HashMap<>();
    private final Map<String, int[]> wordCase = new HashMap<>();
    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> runTogetherNames = new HashSet<>();

    ReportStats(TextContext ctx, List<Sentence> sentences, Map<TextSpan, List<Proposal>> bySpan) {
        for (Map.Entry<TextSpan, List<Proposal>> e : bySpan.entrySet()) {
            String s = key(e.getKey().coveredText(ctx.text));
            proposed.merge(s, 1, Integer::sum);
            // the CRF's people and names before handles or talk verbs; not every capitalised pair
            boolean person = e.getValue().stream().anyMatch(p -> p.type() == EntityType.PERSON
                    && !p.facts().contains("rule=name-shape") && !p.facts().contains("rule=name-widened"));
            String[] words = SPACES.split(s);
            if (person && words.length > 1) {
                nameWords.add(words[0]);
                nameWords.add(words[words.length - 1]);
                runTogetherNames.add(NON_LETTER.matcher(s).replaceAll(""));
            }
        }
        for (Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                String t = s.tokens().get(i).coveredText(ctx.text);
                if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) {
                    continue;
                }
                int[] c = wordCase.computeIfAbsent(key(t), k -> new int[3]);
                if (Character.isLowerCase(t.codePointAt(0))) {
                    c[0]++;
                } else if (i > 0) {
                    c[1]++; // capitalised in mid-sentence
                } else {
                    c[2]++;
                }
            }
        }
    }

    static String key(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** How many distinct proposed spans have this text, case-insensitively. */
    int proposedCount(String surface) {
        return proposed.getOrDefault(key(surface), 0);
    }

    /** For one word: how often it occurs in lower case, capitalised mid-sentence, capitalised at a sentence start. */
    int[] wordCase(String word) {
        return wordCase.getOrDefault(key(word), new int[3]);
    }

    /** Whether the word is the first or last word of a full name proposed in the report. */
    boolean nameWord(String word) {
        return nameWords.contains(key(word));
    }

    /** Whether the letters are a full name proposed in the report, run together ("janeroe"). */
    boolean runTogetherName(String letters) {
        return runTogetherNames.contains(letters.toLowerCase(Locale.ROOT));
    }
}
