package dev.talkmine.ner;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.doc.MentionSource.GAZETTEER;
import static dev.talkmine.doc.MentionSource.MODEL;
import static dev.talkmine.doc.MentionSource.RULE;
import static dev.talkmine.ner.NerFixtures.mention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.testing.Docs;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
    private static final MentionResolver RESOLVER = new MentionResolver(NerFixtures.rows(
            "MySQL\tTECHNOLOGY\tdatabase\t\tno",
            "Django\tTECHNOLOGY\tframework\t\tno",
            "Django Guild\tORGANIZATION\t\t\tno"), WordList.empty());

    /** Resolves the candidates that {@code build} makes for {@code text}, checking the result's basic shape. */
    private static List<Mention> resolve(String text, Function<Report, List<Mention>> build) {
        Report r = Docs.text(text);
        List<Mention> out = RESOLVER.resolve(new TextContext(r), build.apply(r));
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).span().coveredText(text)).isEqualTo(out.get(i).text());
            if (i > 0) {
                assertThat(out.get(i - 1).span().end()).as("sorted, no overlaps").isLessThanOrEqualTo(out.get(i).span().start());
            }
        }
        return out;
    }

    private static Mention m(Report r, String surface, EntityType type, MentionSource source, double confidence) {
        return mention(r, surface, type, source, confidence);
    }

    @Test
    void longestContainingSpanWinsWhateverItsSource() {
        List<Mention> out = resolve("Nora Pike of Quillon Data Labs spoke.", r -> List.of(
                m(r, "Quillon", ORGANIZATION, GAZETTEER, 0.9),
                m(r, "Quillon Data Labs", ORGANIZATION, MODEL, 0.8),
                m(r, "Nora Pike", PERSON, MODEL, 0.8),
                m(r, "Pike", PERSON, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Nora Pike", "Quillon Data Labs");
    }

    @Test
    void capitalisedWordsAfterAPersonAndFromAreTheOrganization() {
        List<Mention> out = resolve("In this talk, Nora Pike from Quillon Data\nListed bugs. Max Rowe from Berlin and Ana from Monday too.",
                r -> List.of(
                        m(r, "Nora Pike", PERSON, MODEL, 0.8),
                        m(r, "Max Rowe", PERSON, MODEL, 0.8),
                        m(r, "Berlin", EntityType.LOCATION, MODEL, 0.8),
                        m(r, "Ana", PERSON, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Nora Pike", PERSON),
                tuple("Quillon Data", ORGANIZATION), tuple("Max Rowe", PERSON), tuple("Berlin", EntityType.LOCATION),
                tuple("Ana", PERSON));
        assertThat(out.get(1).evidence()).isEqualTo("rule: affiliation after 'Nora Pike from'");
    }

    @Test
    void aOneWordPersonListedBetweenCompaniesIsACompany() {
        List<Mention> out = resolve("Thanks to Initech, Quillon and Globex for the coffee. Thanks to Initech and Nora too.", r -> List.of(
                m(r, "Initech", ORGANIZATION, GAZETTEER, 0.9),
                m(r, "Quillon", PERSON, MODEL, 0.8),
                m(r, "Globex", ORGANIZATION, MODEL, 0.8),
                NerFixtures.mention(r, "Initech", 1, ORGANIZATION, GAZETTEER, 0.9),
                m(r, "Nora", PERSON, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Initech", ORGANIZATION),
                tuple("Quillon", ORGANIZATION), tuple("Globex", ORGANIZATION), tuple("Initech", ORGANIZATION),
                tuple("Nora", PERSON));
        assertThat(out.get(1).evidence()).endsWith("retyped: listed between Initech and Globex");
    }

    @Test
    void crossingSpansGoToTheMoreTrustedFinder() {
        List<Mention> out = resolve("We met Nora Pike Systems staff.", r -> List.of(
                m(r, "Pike Systems", TECHNOLOGY, RULE, 0.55),
                m(r, "Nora Pike", PERSON, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Nora Pike");
    }

    @Test
    void identicalSpansKeepTheMoreTrustedFinder() {
        List<Mention> out = resolve("Thanks to Zorblet for hosting.", r -> List.of(
                m(r, "Zorblet", PERSON, MODEL, 0.8),
                m(r, "Zorblet", TECHNOLOGY, GAZETTEER, 0.9)));

        assertThat(out).extracting(Mention::type).containsExactly(TECHNOLOGY);
    }

    @Test
    void modelOrganizationWrappingAKnownTechnologyBecomesATechnology() {
        List<Mention> out = resolve("They introduced MySQL Fabric last year.", r -> List.of(
                m(r, "MySQL Fabric", ORGANIZATION, MODEL, 0.8),
                m(r, "MySQL", TECHNOLOGY, GAZETTEER, 0.9)));

        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("MySQL Fabric");
            assertThat(t.name()).isEqualTo("MySQL Fabric");
            assertThat(t.type()).isEqualTo(TECHNOLOGY);
            assertThat(t.source()).isEqualTo(MODEL);
            assertThat(t.confidence()).isEqualTo(0.7);
            assertThat(t.evidence()).isEqualTo("model span around technology MySQL");
        });
    }

    @Test
    void modelOrganizationThatIsAKnownOrganizationStaysOne() {
        List<Mention> out = resolve("The Django Guild funds sprints.", r -> List.of(
                m(r, "Django Guild", ORGANIZATION, MODEL, 0.8),
                m(r, "Django", TECHNOLOGY, GAZETTEER, 0.9)));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Django Guild", ORGANIZATION));
    }

    @Test
    void lowConfidenceTechnologyDoesNotRetypeAModelOrganization() {
        List<Mention> out = resolve("They founded Zorb Labs in a garage.", r -> List.of(
                m(r, "Zorb Labs", ORGANIZATION, MODEL, 0.8),
                m(r, "Zorb", TECHNOLOGY, GAZETTEER, 0.7)));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Zorb Labs", ORGANIZATION));
    }

    @Test
    void honorificIsStrippedFromAModelPerson() {
        List<Mention> out = resolve("Dr Mira Quell and Dr. Ivo Brandt opened.", r -> List.of(
                m(r, "Dr Mira Quell", PERSON, MODEL, 0.8),
                m(r, "Dr. Ivo Brandt", PERSON, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Mira Quell", "Ivo Brandt");
        assertThat(out).extracting(Mention::name).containsExactly("Mira Quell", "Ivo Brandt");
        assertThat(out.get(0).span().start()).isEqualTo(3);
    }

    @Test
    void possessiveIsStrippedFromAModelMention() {
        List<Mention> out = resolve("Mira Quell's demo and Initrode’s booth.", r -> List.of(
                m(r, "Mira Quell's", PERSON, MODEL, 0.8),
                m(r, "Initrode’s", ORGANIZATION, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Mira Quell", "Initrode");
    }

    @Test
    void trailingPunctuationIsStrippedButPlusIsKept() {
        List<Mention> out = resolve("He thanked Initrode. and used Zorb++ later.", r -> List.of(
                m(r, "Initrode.", ORGANIZATION, MODEL, 0.8),
                m(r, "Zorb++", ORGANIZATION, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Initrode", "Zorb++");
    }

    @Test
    void handlesAndLowerCasePersonsAreDropped() {
        List<Mention> out = resolve("Thanks to @MiraQ and ivo for the slides.", r -> List.of(
                m(r, "MiraQ", PERSON, MODEL, 0.8),
                m(r, "ivo", PERSON, MODEL, 0.8)));

        assertThat(out).isEmpty();
    }

    @Test
    void conferenceLikeOrganizationsAreDropped() {
        List<Mention> out = resolve("At FooConf and BarCon 2031 I heard the Baz conference is next. Initrode paid.",
                r -> List.of(
                        m(r, "FooConf", ORGANIZATION, MODEL, 0.8),
                        m(r, "BarCon 2031", ORGANIZATION, MODEL, 0.8),
                        m(r, "Baz", ORGANIZATION, MODEL, 0.8),
                        m(r, "Initrode", ORGANIZATION, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Initrode");
    }

    @Test
    void organizationNamedElsewhereAsAnEventIsDropped() {
        List<Mention> out = resolve("Quuxly 2031 was fun. Next year Quuxly moves to a new city.", r -> List.of(
                mention(r, "Quuxly", 1, ORGANIZATION, MODEL, 0.8)));

        assertThat(out).isEmpty();
    }

    @Test
    void gazetteerAndRuleMentionsAreNotCleaned() {
        List<Mention> out = resolve("We met ivo at FooConf.", r -> List.of(
                m(r, "ivo", PERSON, GAZETTEER, 0.9),
                m(r, "FooConf", ORGANIZATION, RULE, 0.9)));

        assertThat(out).extracting(Mention::text).containsExactly("ivo", "FooConf");
    }
    @Test
    void organizationMerelyEndingLikeAnEventIsKept() {
        List<Mention> out = resolve("Falcon and Workday both hire here.", r -> List.of(
                m(r, "Falcon", ORGANIZATION, MODEL, 0.8),
                m(r, "Workday", ORGANIZATION, MODEL, 0.8)));

        assertThat(out).extracting(Mention::text).containsExactly("Falcon", "Workday");
    }
}
