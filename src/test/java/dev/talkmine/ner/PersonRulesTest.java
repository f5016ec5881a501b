package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Mention;
import dev.talkmine.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTest {
    private static List<String> people(String text) {
        return new PersonRules().find(new TextContext(Docs.text(text))).stream().map(Mention::text).toList();
    }

    @Test
    void nameBeforeAHandleOrGivingATalk() {
        assertThat(people("Ana Lima (@analima) opened the day.")).containsExactly("Ana Lima");
        assertThat(people("Intro.\n\nRain Okoro gave a talk about queues.")).containsExactly("Rain Okoro");
    }

    @Test
    void fullNameAfterAQuotedTitleAndADash() {
        assertThat(people("11:00 – \"Tracing for Humans\" – Grace Mutua (Grafana Labs)\n\nText.")).containsExactly("Grace Mutua");
        assertThat(people("“Parsers Without Tears” — Tomás van Ortega, Shopify")).containsExactly("Tomás van Ortega");
        assertThat(people("\"Tracing for Humans\" – Monday Morning Session was packed.")).as("not before ( , or the end")
                .isEmpty();
        assertThat(people("\"Tracing\" – Grace (Grafana Labs)")).as("one word is no full name").isEmpty();
    }
}
