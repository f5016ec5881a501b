package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Docs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TechnologyRulesTest {
    private static final TechnologyRules RULES = new TechnologyRules(NerFixtures.testGazetteer(), NerFixtures.englishWords(), NerFixtures.lexicon());
    private static TechnologyRules builtIn;

    @BeforeAll
    static void loadBuiltInGazetteer() {
        builtIn = new TechnologyRules(Gazetteer.load(Path.of("models/technologies.tsv")), NerFixtures.englishWords(), NerFixtures.lexicon());
    }

    private static List<Mention> find(TechnologyRules rules, String text) {
        List<Mention> ms = NerFixtures.kept(rules.find(new TextContext(Docs.text(text))));
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.TECHNOLOGY);
            assertThat(m.source()).isEqualTo(MentionSource.RULE);
            assertThat(m.span().coveredText(text)).isEqualTo(m.text()).isEqualTo(m.name());
            assertThat(m.evidence()).startsWith("rule: ");
        });
        return ms;
    }

    private static List<Mention> find(String text) {
        return find(RULES, text);
    }

    @Test
    void numberedStandards() {
        List<Mention> ms = find("The draft cites RFC 9000, JSR308 and ECMA-262 throughout.");

        assertThat(ms).extracting(Mention::text).containsExactly("RFC 9000", "JSR308", "ECMA-262");
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.category()).isEqualTo("standard");
            assertThat(m.evidence()).isEqualTo("rule: numbered standard");
        });
    }
    @Test
    void singleDigitStandard() {
        assertThat(find("Format the code per PEP 8 before review.")).extracting(Mention::text).containsExactly("PEP 8");
    }

    @Test
    void standardPrefixNeedsANumber() {
        assertThat(find("The RFC process and ISO paperwork took months.")).isEmpty();
    }

    @Test
    void nameIntroducedAsSoftware() {
        assertThat(find("She wrote a library called Zorblax for this.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Zorblax");
            assertThat(m.category()).isNull();
            assertThat(m.evidence()).isEqualTo("rule: introduced as 'library called Zorblax'");
        });
        assertThat(find("He showed a tool named quibbler-cli yesterday.")).extracting(Mention::text)
                .containsExactly("quibbler-cli");
    }

    @Test
    void capitalisedNameBeforeASoftwareKind() {
        assertThat(find("They replaced it with the Flimflam framework in May.")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Flimflam");
            assertThat(m.evidence()).isEqualTo("rule: named before 'framework'");
        });
    }

    @Test
    void ordinaryOrLowerCaseWordBeforeASoftwareKindIsNotAName() {
        assertThat(find("They replaced it with the new framework and the old tool.")).isEmpty();
        assertThat(find("They tried the Same framework twice.")).isEmpty();
        assertThat(find("She presented a proof-of-concept library and an open-source tool.")).isEmpty();
        assertThat(find("She presented the quibble-cli tool.")).extracting(Mention::text).containsExactly("quibble-cli");
    }

    @Test
    void shortFormsProgrammersWriteAreNotNames() {
        assertThat(find("Check the auth params in the utils package, then run the dev tooling on the repo."))
                .isEmpty();
    }

    @Test
    void unknownLowerCaseNameNextToASoftwareNounOrATechnology() {
        assertThat(find("They replaced it with the kargo tool.")).extracting(Mention::text).containsExactly("kargo");
        assertThat(find("She profiled it with zorbgrind and MySQL.")).extracting(Mention::text).containsExactly("zorbgrind");
        assertThat(find("We met the zorbgrind people at lunch.")).as("no technology context").isEmpty();
        assertThat(find("It was a wonderfull tool.")).as("a misspelling is not a name").isEmpty();
        assertThat(find("The commandline was slow with MySQL and blockchain-powered apps.")).isEmpty();
    }

    @Test
    void camelCaseProductName() {
        assertThat(find("Then PyMetabiosis and jsBridge were demoed.")).satisfies(ms -> {
            assertThat(ms).extracting(Mention::text).containsExactly("PyMetabiosis", "jsBridge");
            assertThat(ms).allSatisfy(m -> assertThat(m.evidence()).isEqualTo("rule: CamelCase product name"));
        });
    }

    @Test
    void camelCaseSurnamesAndKnownNamesAreNotNewProducts() {
        assertThat(find("Lunch at McDonald with MacArthur, then MySQL talk.")).isEmpty();
    }

    @Test
    void packageNameBuiltOnAKnownTechnology() {
        List<Mention> ms = find("We use django-zorb and mysql-thing in production.");

        assertThat(ms).extracting(Mention::text).containsExactly("django-zorb", "mysql-thing");
        assertThat(ms).extracting(Mention::evidence)
                .containsExactly("rule: package name built on django", "rule: package name built on mysql");
    }

    @Test
    void packageNameOnAnAmbiguousOrShortTechnologyIsNotFound() {
        // note: the class Javadoc's example "quic-go" is never found, Go being ambiguous and short
        assertThat(find("We tried quic-go and go-zorb there.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proof-of-concept", "high-availability", "McDonald", "state-of-the-art", "e-mail",
            "follow-up", "re-run", "MacBook"})
    void ordinaryWordsAreNotTechnologies(String word) {
        assertThat(find(builtIn, "It was a " + word + " thing, they said.")).isEmpty();
    }
}
