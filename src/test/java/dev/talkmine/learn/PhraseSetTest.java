package dev.talkmine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The phrase finder makes exactly the matches of the regex the lexicon's lists were matched with
 * before it (their alternation between letter-or-digit boundaries), only faster.
 */
class PhraseSetTest {

    @Test
    void findsWholeWordsAnyCaseLongestFirstAndPhrasesAcrossWhitespace() {
        PhraseSet p = new PhraseSet(List.of("talk", "talk about", "q&a", "\u00e9t\u00e9"));
        assertThat(p.find("We TALK  about it", 0)).isEqualTo(new PhraseSet.Match(3, 14));
        assertThat(p.find("talks", 0)).as("whole words only").isNull();
        assertThat(p.find("a smalltalk", 0)).isNull();
        assertThat(p.find("then Q&A.", 0)).isEqualTo(new PhraseSet.Match(5, 8));
        assertThat(p.in("\u00c9T\u00c9 talk")).isTrue();
        assertThat(p.find("talk talk", 1)).isEqualTo(new PhraseSet.Match(5, 9));
        assertThat(new PhraseSet(List.of()).in("talk")).isFalse();
    }

    @Test
    void agreesWithTheRegexOnEveryShippedListAndRandomText() {
        Lexicon lexicon = Lexicon.load(ModelFiles.in(null));
        Random random = new Random(42);
        for (String name : Lexicon.LISTS) {
            List<String> entries = lexicon.list(name);
            Pattern regex = regex(lexicon, name);
            PhraseSet phrases = lexicon.phrases(name);
            for (int k = 0; k < 200; k++) {
                String s = text(random, entries);
                assertThat(matches(phrases, s)).as(name + ": " + s).isEqualTo(matches(regex, s));
            }
        }
    }

    @Test
    void agreesWithTheRegexOnHandMadeLists() {
        Lexicon lexicon = Lexicon.of(Map.of("kind-other", List.of("ab", "ab  cd", "a", "#x", "2nd day", "\u00df", "kw", "s x", "\u00b2d")));
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            String s = text(random, lexicon.list("kind-other"));
            assertThat(matches(lexicon.phrases("kind-other"), s)).as(s).isEqualTo(matches(regex(lexicon, "kind-other"), s));
        }
    }

    private static Pattern regex(Lexicon lexicon, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + lexicon.alternation(name) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Pieces of entries, changed in case, glued with spaces, letters, digits and punctuation. */
    private static String text(Random random, List<String> entries) {
        String[] glue = {" ", "  ", "\n", "", "x", "7", ".", ",", "-", "'", "\u00e9", "(", "\t", "\u212A", "\u017F", "\u00B2", "_"};
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            b.append(glue[random.nextInt(glue.length)]);
            if (!entries.isEmpty() && random.nextInt(3) > 0) {
                String e = entries.get(random.nextInt(entries.size()));
                if (random.nextBoolean()) {
                    e = e.substring(0, 1 + random.nextInt(e.length()));
                }
                b.append(random.nextBoolean() ? e.toUpperCase() : e);
            } else {
                b.append("word");
            }
        }
        return b.toString();
    }

    private static List<List<Integer>> matches(Pattern p, String s) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    private static List<List<Integer>> matches(PhraseSet p, String s) {
        return p.all(s).stream().map(m -> List.of(m.start(), m.end())).toList();
    }
}
