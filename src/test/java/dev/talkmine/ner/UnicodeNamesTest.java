package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.testing.Docs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every name rule on names in several scripts, with diacritics, hyphens, apostrophes, particles and
 * initials: no rule may cut a name at a letter outside ASCII (an "[A-Za-z]" once turned the end of
 * an accented name in a heading into the technologies "ter" and "gyi").
 */
class UnicodeNamesTest {
    /** Names written for this test, one per script or spelling habit. */
    private static final String[] NAMES = {"Anna Smith-Jones", "John Q. Public", "Marc-André Dubois", "Nguyễn Thị Lan",
        "Guido van Rossum", "Ali bin Said", "Siobhán O'Neill", "Łukasz Żółtowski", "Péter Szőllősi", "Анна Петрова",
        "Γιώργος Παπαδόπουλος", "Jose\u0301 Nun\u0303ez", "J.J. Orrantia"};

    private static List<String> people(String text) {
        return NerFixtures.kept(new PersonRules(NerFixtures.testGazetteer(), NerFixtures.lexicon())
                .find(new TextContext(Docs.text(text)))).stream().map(Mention::text).toList();
    }

    private static List<String> shapes(String text) {
        return new PersonRules(NerFixtures.testGazetteer(), NerFixtures.lexicon()).find(new TextContext(Docs.text(text)))
                .stream().filter(p -> p.facts().contains("rule=name-shape")).map(p -> p.mention().text()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyPersonRuleTakesTheWholeName(int i) {
        String name = NAMES[i];
        assertThat(people(name + " (@speaker) opened the second day.")).containsExactly(name);
        assertThat(people("Schedule\n\n- Queues that never block – " + name + "\n")).containsExactly(name);
        assertThat(people("\"Parsing Without Fear\" – " + name + " (Initrode)\n")).containsExactly(name);
        assertThat(people("The afternoon had a keynote from " + name + " about caches.")).containsExactly(name);
        assertThat(people("Intro.\n\n" + name + " gave a talk about queues.")).containsExactly(name);
        assertThat(shapes("We then met " + name + " near the stage.")).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aNameCutInsideItsLastWordIsWidenedToTheWholeWord(int i) {
        String text = "Then " + NAMES[i] + " spoke.";
        int start = text.indexOf(NAMES[i]);
        int end = start + NAMES[i].length();
        assertThat(NameSyntax.widen(text, new TextSpan(start, end - 2)).coveredText(text)).isEqualTo(NAMES[i]);
    }

    @Test
    void aNameCutAtAHyphenOrAnInitialIsWidenedPastIt() {
        String text = "Then Anna Smith-Jones and John Q. Public and Marc-André Dubois spoke.";
        assertThat(widen(text, "Anna Smith")).isEqualTo("Anna Smith-Jones");
        assertThat(widen(text, "John Q")).isEqualTo("John Q. Public");
        assertThat(widen(text, "André Dubois")).isEqualTo("Marc-André Dubois");
    }

    private static String widen(String text, String part) {
        int at = text.indexOf(part);
        return NameSyntax.widen(text, new TextSpan(at, at + part.length())).coveredText(text);
    }

    @Test
    void noTechnologyIsCutOutOfAnAccentedWord() {
        TechnologyRules rules = new TechnologyRules(NerFixtures.testGazetteer(), NerFixtures.englishWords(), NerFixtures.lexicon());
        String text = "## Keynote: Péter Szőllősi and Győző Nagygyi on Kubernetes\n\nLászló uses ncurses.";
        List<String> found = rules.find(new TextContext(Docs.text(text))).stream().map(p -> p.mention().text()).toList();
        assertThat(found).noneMatch(t -> t.equals("ter") || t.equals("gyi") || t.equals("zl") || t.equals("szl"));
        assertThat(found).allMatch(t -> text.matches("(?s).*(?<![\\p{L}\\p{M}])" + java.util.regex.Pattern.quote(t) + "(?![\\p{L}\\p{M}]).*"));
    }

    @Test
    void theGazetteerNeverStartsAMatchInsideAWord() {
        GazetteerMatcher matcher = new GazetteerMatcher(NerFixtures.rows("Ter\tTECHNOLOGY\ttool\t\tno"));
        assertThat(matcher.find("Pe\u0301ter and Péter met Ter.")).extracting(m -> m.span().start()).containsExactly(21);
    }
}
