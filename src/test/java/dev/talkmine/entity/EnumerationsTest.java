package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static dev.talkmine.entity.EntityStageTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumerationsTest {
    private static final Enumerations ENUMERATIONS = new Enumerations(Learned.WORDS, Learned.LEXICON);

    /** The names the rule adds to the given mentions, in text order. */
    private static List<String> added(String text, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        List<Mention> out = ENUMERATIONS.withListedTechnologies(text, ms);
        return out.stream().filter(m -> !ms.contains(m)).map(Mention::text).toList();
    }

    @Test
    void namesListedAfterATechnologyAreTechnologies() {
        String text = "We store it in Kubernetes, quuxdb and Zorblax for now.";
        List<Mention> out = ENUMERATIONS.withListedTechnologies(text, List.of(at(text, "Kubernetes", 0, TECHNOLOGY)));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Kubernetes", TECHNOLOGY, MentionSource.GAZETTEER), tuple("quuxdb", TECHNOLOGY, MentionSource.RULE),
                tuple("Zorblax", TECHNOLOGY, MentionSource.RULE));
        assertThat(out.get(1).confidence()).isEqualTo(Enumerations.CONFIDENCE);
        assertThat(out.get(1).evidence()).isEqualTo("listed with Kubernetes");
    }

    @Test
    void namesListedBeforeATechnologyAreTechnologiesToo() {
        String text = "Try frobnic, zazzle-kit or Kubernetes.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY))).containsExactly("frobnic", "zazzle-kit");
    }

    @Test
    void everySeparatorOfAListIsFollowed() {
        String text = "It wraps Kubernetes/quuxdb & zorbnet, and fizzlr, or glorp.io and go/zapper.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY))).containsExactly("quuxdb", "zorbnet", "fizzlr", "glorp.io",
                "go/zapper");
    }

    @Test
    void theListStopsAtAnOrdinaryWordOrAnAbbreviationThatClosesIt() {
        String text = "Kubernetes, testing and zazzle. Then Docker, quuxdb, etc. Also Nomad and others.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY), at(text, "Docker", 0, TECHNOLOGY),
                at(text, "Nomad", 0, TECHNOLOGY))).containsExactly("quuxdb");
    }

    @Test
    void capitalisedNamesOfTwoOrThreeWordsButNoEventNorClause() {
        String text = "We tried Kubernetes and Zed Search. Kubernetes, Cloud Native Summit. In Mesos, Kubernetes runs. "
                + "Kubernetes and Alpha Quux Zeta Omega went. Kubernetes and Zorblax Pro Max.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY), at(text, "Kubernetes", 1, TECHNOLOGY),
                at(text, "Kubernetes", 2, TECHNOLOGY), at(text, "Kubernetes", 3, TECHNOLOGY), at(text, "Kubernetes", 4, TECHNOLOGY)))
                .containsExactly("Zed Search", "Zorblax Pro Max");
    }

    @Test
    void namesInAnyScriptAndWithDiacritics() {
        String text = "Kubernetes, Zürichdb, Ærøskøbing-kit and Ŝtelo run here.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY))).containsExactly("Zürichdb", "Ærøskøbing-kit", "Ŝtelo");
    }

    @Test
    void anItemAnotherMentionCoversIsSteppedOverAndNoWordIsCutFromALongerOne() {
        String text = "Kubernetes, Jane Roe, quuxdb and sub.zorblax. The Kubernetesy quuxtool, no.";
        assertThat(added(text, at(text, "Kubernetes", 0, TECHNOLOGY), at(text, "Jane Roe", 0, PERSON)))
                .containsExactly("quuxdb", "sub.zorblax");
    }

    @Test
    void nothingIsListedBesideOtherTypesOrAcrossLines() {
        String text = "Jane Roe, quuxdb and zazzle.\nKubernetes\n, fizzlr";
        assertThat(added(text, at(text, "Jane Roe", 0, PERSON), at(text, "Kubernetes", 0, TECHNOLOGY))).isEmpty();
    }

    @Test
    void aTitleWrittenAsAListAndAnAcronymPlural() {
        // known miss (docs/quality.md): where the model took one part of a title written as a list for a technology,
        // the other parts follow it; a plural of an acronym is no English word
        String text = "She gave \"Old Maps, Shared Memory, and Quiet Rooms\" at noon. Kubernetes and RPCs.";
        assertThat(added(text, at(text, "Quiet Rooms", 0, TECHNOLOGY), at(text, "Kubernetes", 0, TECHNOLOGY)))
                .containsExactly("Old Maps", "Shared Memory", "RPCs");
    }

    @Test
    void aModelsTechnologyWrittenAsANameAndListedWithAPersonIsAPerson() {
        String text = "I met Ines, Bao and Femi there, and Ada Okafor, Lu Wen. We used Kubernetes and Quill.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> ms = List.of(at(text, "Ines", 0, PERSON), model(text, "Bao", TECHNOLOGY), model(text, "Femi", TECHNOLOGY),
                model(text, "Ada Okafor", TECHNOLOGY), at(text, "Lu Wen", 0, PERSON), at(text, "Kubernetes", 0, TECHNOLOGY),
                model(text, "Quill", TECHNOLOGY));
        List<Mention> out = ENUMERATIONS.withListedPeople(text, ms, reasons);

        assertThat(out).extracting(Mention::text, Mention::type).as("along the list; not across a clause, not beside a technology")
                .containsExactly(tuple("Ines", PERSON), tuple("Bao", PERSON), tuple("Femi", PERSON), tuple("Ada Okafor", PERSON),
                        tuple("Lu Wen", PERSON), tuple("Kubernetes", TECHNOLOGY), tuple("Quill", TECHNOLOGY));
        assertThat(reasons.get(out.get(1))).isEqualTo("Bao: a person where the text lists it with Ines, not a technology");
    }

    @Test
    void notAGazetteersTechnologyNorALowerCaseNameNorAnOrganization() {
        String text = "Ines, Kubernetes, quuxdb and Initech.";
        List<Mention> ms = List.of(at(text, "Ines", 0, PERSON), at(text, "Kubernetes", 0, TECHNOLOGY), model(text, "quuxdb", TECHNOLOGY),
                model(text, "Initech", ORGANIZATION));
        assertThat(ENUMERATIONS.withListedPeople(text, ms, new HashMap<>())).isEqualTo(ms);
    }
}
