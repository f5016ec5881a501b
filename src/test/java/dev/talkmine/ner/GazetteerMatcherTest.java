package dev.talkmine.ner;

import static dev.talkmine.ner.NerFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerMatcherTest {
    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(rows(
            "Go\tTECHNOLOGY\tlanguage\tGolang\tyes",
            "Node\tTECHNOLOGY\tplatform\t\tyes",
            "HTTP\tTECHNOLOGY\tprotocol\t\tno",
            "Django\tTECHNOLOGY\tframework\t\tno",
            "Python\tTECHNOLOGY\tlanguage\t\tno",
            "Red Hat\tORGANIZATION\t\tRed Hatter\tno",
            "Red Hat Enterprise Linux\tTECHNOLOGY\tos\tRHEL\tno",
            "Dockly\tTECHNOLOGY\ttool\t\tno",
            "Dockly\tORGANIZATION\t\t\tno"));

    /** The matched surfaces (span text, including any glued version). */
    private static List<String> surfaces(String text) {
        return MATCHER.find(text).stream().map(m -> m.span().coveredText(text)).toList();
    }

    @Test
    void longestFormWins() {
        String text = "We run Red Hat Enterprise Linux; Red Hat sells it.";

        List<GazetteerMatcher.Match> ms = MATCHER.find(text);

        assertThat(ms).extracting(m -> m.entry().name()).containsExactly("Red Hat Enterprise Linux", "Red Hat");
        assertThat(ms.get(0).span().coveredText(text)).isEqualTo("Red Hat Enterprise Linux");
        assertThat(ms.get(1).span().coveredText(text)).isEqualTo("Red Hat");
    }

    @Test
    void longerFormThatDoesNotEndAWordFallsBackToAShorterOne() {
        assertThat(surfaces("A Red Hatter, two Red Hatters and Red Hat Enterprise Linuxes."))
                .containsExactly("Red Hatter", "Red Hat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quic-go", "net/http", "@gopher", "Gopher", "going", "Node.js", "#go", "go_tool", "cargo",
            "Go2Go"})
    void formsMatchWholeWordsOnly(String text) {
        assertThat(MATCHER.find(text)).isEmpty();
    }

    @Test
    void punctuationAroundAFormStillMatches() {
        assertThat(surfaces("(Go), \"HTTP\", Node. Node-")).containsExactly("Go", "HTTP", "Node", "Node");
    }

    @Test
    void possessiveFollowsTheForm() {
        String text = "Django's ORM and Django’s admin";

        List<GazetteerMatcher.Match> ms = MATCHER.find(text);

        assertThat(ms).extracting(m -> m.span().coveredText(text)).containsExactly("Django", "Django");
        assertThat(ms).allSatisfy(m -> assertThat(m.version()).isNull());
    }

    @Test
    void gluedVersionIsPartOfTheSpan() {
        String text = "ported from python3 to python3.12 and Python 3";

        List<GazetteerMatcher.Match> ms = MATCHER.find(text);

        assertThat(ms).extracting(m -> m.span().coveredText(text)).containsExactly("python3", "python3.12", "Python");
        assertThat(ms).extracting(GazetteerMatcher.Match::version).containsExactly("3", "3.12", null);
        assertThat(ms).extracting(m -> m.entry().name()).containsOnly("Python");
    }

    @Test
    void exactCaseFlagComparesTheSurfaceWithTheMatchedForm() {
        String text = "Django, django, DJANGO, golang, Golang";

        List<GazetteerMatcher.Match> ms = MATCHER.find(text);

        assertThat(ms).extracting(GazetteerMatcher.Match::exactCase).containsExactly(true, false, false, false, true);
        assertThat(ms).extracting(GazetteerMatcher.Match::form).containsExactly("Django", "Django", "Django", "Golang", "Golang");
    }

    @Test
    void formSharedByTwoEntriesGivesOneMatchPerEntry() {
        List<GazetteerMatcher.Match> ms = MATCHER.find("Dockly");

        assertThat(ms).extracting(m -> m.entry().type()).containsExactly(EntityType.TECHNOLOGY, EntityType.ORGANIZATION);
        assertThat(ms).extracting(GazetteerMatcher.Match::span).containsOnly(ms.get(0).span());
    }

    @Test
    void offsetsStayRightWhenLowerCasingChangesLength() {
        // 'İ' lower-cases to two chars in Locale.ROOT; spans must still index the original text
        String text = "İİ met HTTP";

        assertThat(surfaces(text)).containsExactly("HTTP");
    }
}
