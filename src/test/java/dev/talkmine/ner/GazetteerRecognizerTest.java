package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerRecognizerTest {
    private static final GazetteerRecognizer RECOGNIZER = new GazetteerRecognizer(NerFixtures.testGazetteer(), NerFixtures.englishWords(), NerFixtures.lexicon());
    /** Where Go is defined in test-technologies.tsv. */
    private static final String GO_ROW = "(test-technologies.tsv:3)";

    private static List<Mention> find(String text) {
        return NerFixtures.kept(RECOGNIZER.find(new TextContext(Docs.text(text))));
    }

    private static List<Mention> go(String text) {
        return find(text).stream().filter(m -> m.name().equals("Go")).toList();
    }

    @Test
    void ambiguousNameWithAVersionIsAccepted() {
        assertThat(go("We moved the backend to Go 1.21 last spring.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Go");
            assertThat(m.type()).isEqualTo(EntityType.TECHNOLOGY);
            assertThat(m.category()).isEqualTo("language");
            assertThat(m.source()).isEqualTo(MentionSource.GAZETTEER);
            assertThat(m.evidence()).isEqualTo("ambiguous name corroborated by a version number " + GO_ROW);
        });
        assertThat(go("They pinned Go v1 in the image.")).hasSize(1);
    }

    @Test
    void ambiguousNameWithACueWordBeforeIsAccepted() {
        assertThat(go("The new scheduler is written in Go, says the team.")).singleElement()
                .extracting(Mention::evidence).isEqualTo("ambiguous name corroborated by a cue word " + GO_ROW);
    }

    @Test
    void ambiguousNameWithACueWordAfterIsAccepted() {
        assertThat(go("They patched the Go compiler twice.")).singleElement()
                .extracting(Mention::evidence).isEqualTo("ambiguous name corroborated by a cue word " + GO_ROW);
    }

    @Test
    void cueWordAfterCorroboratesEvenAtSentenceStart() {
        assertThat(go("Go programmers met after lunch.")).singleElement()
                .extracting(Mention::evidence).asString().contains("corroborated by a cue word");
    }

    @Test
    void anotherTechnologyInTheSameSentenceCorroborates() {
        List<Mention> ms = find("We deploy Go and Kubernetes together.");

        assertThat(ms).extracting(Mention::name).containsExactly("Go", "Kubernetes");
        assertThat(ms.get(0).evidence()).isEqualTo("ambiguous name corroborated by another technology in the same sentence " + GO_ROW);
    }

    @Test
    void technologyInAnotherSentenceDoesNotCorroborate() {
        assertThat(go("We deploy Go everywhere. Kubernetes runs it.")).isEmpty();
    }

    @Test
    void sentenceInitialAmbiguousNameWithoutSupportIsRejected() {
        assertThat(find("Day two\n\nGo to the venue early, the queue is long.")).isEmpty();
    }

    @Test
    void aScheduleTimeDoesNotStartTheSentence() {
        assertThat(find("Day two\n\n14:00 – Go to the venue early, the queue is long.")).isEmpty();
        assertThat(find("Day two\n\n10.30-11.00: Go to the venue early.")).isEmpty();
    }

    @Test
    void lowerCaseAmbiguousNameIsRejected() {
        assertThat(find("Afterwards, let's go for dinner.")).isEmpty();
        assertThat(find("The build uses go 1.21 now.")).as("even with a version").isEmpty();
    }

    @Test
    void lowerCaseAmbiguousNameInCodeFormattingIsAccepted() {
        assertThat(go("Run `go` before you commit.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("go");
            assertThat(m.evidence()).startsWith("ambiguous name corroborated by code formatting");
        });
    }

    @Test
    void ambiguousNameUsedThreeTimesMidSentenceIsAccepted() {
        assertThat(go("Alice likes Go. Bob hates Go. Carol ignores Go.")).hasSize(3)
                .allSatisfy(m -> assertThat(m.evidence()).startsWith("ambiguous name used three or more times as a proper noun"));
        assertThat(go("Alice likes Go. Bob hates Go.")).as("twice is not enough").isEmpty();
    }

    @Test
    void unsupportedMidSentenceAmbiguousNameIsRejected() {
        assertThat(go("Later we met Go fans at the party.")).isEmpty();
    }

    @Test
    void ambiguousAliasOfASafeNameNeedsSupportButTheFullNameDoesNot() {
        List<Mention> ms = find("Node fans met. Later, Node.js fans.");

        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Node.js");
            assertThat(m.evidence()).startsWith("gazetteer (test-technologies.tsv:");
        });
    }

    @Test
    void ambiguousOrganizationIsNeverAcceptedByTheGazetteer() {
        assertThat(find("We met Quince at the booth, then Quince 2 shipped.")).isEmpty();
    }

    @Test
    void lowerCaseVariantOfASafeNameIsAccepted() {
        assertThat(find("We built the admin in django last year.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("django");
            assertThat(m.name()).isEqualTo("Django");
            assertThat(m.evidence()).startsWith("gazetteer (case variant) (test-technologies.tsv:");
        });
    }

    @Test
    void upperCaseVariantOfAMixedCaseNameIsRejected() {
        assertThat(find("We built the admin in DJANGO last year.")).isEmpty();
    }

    @Test
    void upperCaseVariantOfALowerCaseNameIsAccepted() {
        assertThat(find("Install it with NPM first.")).extracting(Mention::name).containsExactly("npm");
    }

    @Test
    void acronymsAndShortNamesMustKeepTheirCase() {
        assertThat(find("The http client and the qt widgets.")).isEmpty();
        assertThat(find("The HTTP client and the Qt widgets.")).extracting(Mention::name).containsExactly("HTTP", "Qt");
    }

    @Test
    void exactSafeNameAliasAndPossessive() {
        String text = "Our k8s cluster beside Django's admin.";

        List<Mention> ms = find(text);

        assertThat(ms).extracting(Mention::text).containsExactly("k8s", "Django");
        assertThat(ms).extracting(Mention::name).containsExactly("Kubernetes", "Django");
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.evidence()).startsWith("gazetteer (test-technologies.tsv:");
            assertThat(m.span().coveredText(text)).isEqualTo(m.text());
        });
    }

    @Test
    void gluedVersionIsPartOfTheMentionButNotTheName() {
        assertThat(find("We ported it to python3 in a week.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("python3");
            assertThat(m.name()).isEqualTo("Python");
        });
    }

    @Test
    void organizationRowGivesAnOrganizationMention() {
        assertThat(find("Two Red Hatters and a Red Hat booth.")).extracting(Mention::name, Mention::type)
                .containsExactly(tuple("Red Hat", EntityType.ORGANIZATION),
                        tuple("Red Hat", EntityType.ORGANIZATION));
    }
    @Test
    void cueWordEndingTheSentenceCorroborates() {
        assertThat(go("Last year they rewrote the Go compiler.")).hasSize(1);
    }
    @Test
    void cueWordInThePreviousBlockDoesNotCorroborate() {
        assertThat(go("Meeting the community\n\nGo to the venue early, the queue is long.")).isEmpty();
    }
}
