package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.ner.EventNames;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNamesTest {
    private static final ProductNames PRODUCTS = new ProductNames(Learned.LEXICON);

    private static List<Mention> retyped(String text, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        return PRODUCTS.retyped(text, ms, new EventNames(text));
    }

    @Test
    void aCompanysNameWithOneOrTwoCapitalisedWordsAfterItIsAProduct() {
        String text = "We moved to Initech Registry, then to Contoso Cloud Shell and Globex Pub/Sub. Initech is fine.";
        List<Mention> out = retyped(text, at(text, "Initech", 0, ORGANIZATION), at(text, "Contoso", 0, ORGANIZATION),
                at(text, "Globex", 0, ORGANIZATION), at(text, "Initech", 1, ORGANIZATION));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Initech Registry", TECHNOLOGY, MentionSource.RULE), tuple("Contoso Cloud Shell", TECHNOLOGY, MentionSource.RULE),
                tuple("Globex Pub/Sub", TECHNOLOGY, MentionSource.RULE), tuple("Initech", ORGANIZATION, MentionSource.GAZETTEER));
        assertThat(out.get(0).name()).isEqualTo("Initech Registry");
        assertThat(out.get(0).confidence()).isEqualTo(ProductNames.CONFIDENCE);
        assertThat(out.get(0).evidence()).isEqualTo("a product named after Initech");
    }

    @Test
    void notAUnitAnEventAVenueALongerNameOrAnotherMention() {
        String text = "Ann of Initech Research spoke at the Initech Developer Day and the Contoso Cloud conference. "
                + "Dinner at Globex Hotel. Zorg Alpha Beta Gamma shipped. Umbra Labs rocks. At Initech The talk. "
                + "We met at Initech World 2031. Contoso Jane Roe waved.";
        List<Mention> ms = List.of(at(text, "Initech", 0, ORGANIZATION), at(text, "Initech", 1, ORGANIZATION),
                at(text, "Contoso", 0, ORGANIZATION), at(text, "Globex", 0, ORGANIZATION), at(text, "Zorg", 0, ORGANIZATION),
                at(text, "Umbra", 0, ORGANIZATION), at(text, "Initech", 2, ORGANIZATION), at(text, "Initech", 3, ORGANIZATION),
                at(text, "Contoso", 1, ORGANIZATION), at(text, "Jane Roe", 0, PERSON));

        assertThat(retyped(text, ms.toArray(Mention[]::new))).as("every mention as it was").containsExactlyElementsOf(ms);
    }

    @Test
    void onlyOrganizationMentionsAndNamesInAnyScript() {
        String text = "Kubernetes Operator and Ærø Škoda shipped; Ærø Studio too.";
        List<Mention> out = retyped(text, at(text, "Kubernetes", 0, TECHNOLOGY), at(text, "Ærø", 0, ORGANIZATION),
                at(text, "Ærø", 1, ORGANIZATION));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Kubernetes", TECHNOLOGY),
                tuple("Ærø Škoda", TECHNOLOGY), tuple("Ærø", ORGANIZATION));
    }

    @Test
    void anEventsShortNameTheReportNeverDates() {
        // known miss (docs/quality.md): an event's short name after its company reads as a product when the report never dates it
        String text = "Tickets were as hard to get as for Initech IO.";
        assertThat(retyped(text, at(text, "Initech", 0, ORGANIZATION))).extracting(Mention::text).containsExactly("Initech IO");
    }
}
