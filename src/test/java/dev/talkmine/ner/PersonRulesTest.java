package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Mention;
import dev.talkmine.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTest {
    private static List<String> people(String text) {
        return NerFixtures.kept(new PersonRules(NerFixtures.testGazetteer(), NerFixtures.lexicon()).find(new TextContext(Docs.text(text))))
                .stream().map(Mention::text).toList();
    }

    @Test
    void nameBeforeAHandleOrGivingATalk() {
        assertThat(people("Ana Lima (@analima) opened the day.")).containsExactly("Ana Lima");
        assertThat(people("Intro.\n\nRain Okoro gave a talk about queues.")).containsExactly("Rain Okoro");
    }

    @Test
    void fullNameAfterASessionNounAndByOrFrom() {
        assertThat(people("The day opened with a keynote from Lia Storm about resilient services."))
                .containsExactly("Lia Storm");
        assertThat(people("Then a talk by Nadia Petrova, who works on compilers.")).containsExactly("Nadia Petrova");
        assertThat(people("We heard a talk by Red Hat about pricing, and a keynote from Kubernetes Contributors.")).as("a known name is no person").isEmpty();
        assertThat(people("a talk by Lia")).as("one word is no full name").isEmpty();
    }

    @Test
    void fullNameEndingAListItemAfterADash() {
        assertThat(people("Talks\n\n- pgvector in production – Jonathan Katz\n- Why I love EXPLAIN – Lætitia Avrot\n"))
                .containsExactly("Jonathan Katz", "Lætitia Avrot");
        assertThat(people("Talks\n\n- Continuous integration by Erik Romijn\n- Lightning Fast Shop\n"))
                .as("never across items").isEmpty();
        assertThat(people("Talks\n\n- Lunch – grilled sardines\n")).as("lower-case words are no name").isEmpty();
    }

    @Test
    void fullNameAfterAQuotedTitleAndADash() {
        assertThat(people("11:00 – \"Tracing for Humans\" – Grace Mutua (Grafana Labs)\n\nText.")).containsExactly("Grace Mutua");
        assertThat(people("“Parsers Without Tears” — Tomás van Ortega, Shopify")).containsExactly("Tomás van Ortega");
        assertThat(people("\"Tracing for Humans\" – Monday Morning Session was packed.")).as("not before ( , or the end")
                .isEmpty();
        assertThat(people("\"Tracing\" – Grace (Grafana Labs)")).as("one word is no full name").isEmpty();
    }

    /** Every proposal, the bare name-shape runs included (which {@link #people} leaves to the decision). */
    private static List<String> proposed(String text) {
        return new PersonRules(NerFixtures.testGazetteer(), NerFixtures.lexicon()).find(new TextContext(Docs.text(text)))
                .stream().map(p -> p.mention().text()).distinct().toList();
    }

    @Test
    void aFunctionWordAfterANameIsCutOff() {
        assertThat(proposed("- Parsing at scale - Mira Kovac If you parse logs, watch it.\n"))
                .as("a sentence glued after the name").containsExactly("Mira Kovac");
        assertThat(proposed("Notes\n\nWhen Bots Attack was the best title.")).as("a function word opens no name").isEmpty();
        assertThat(proposed("She began: \"Hello, I'm Oskar, and I break parsers.\"")).as("nor does a contracted pronoun").isEmpty();
        assertThat(proposed("- Small tools - Ana Lima To me, the best talk.\n")).containsExactly("Ana Lima");
    }
}
