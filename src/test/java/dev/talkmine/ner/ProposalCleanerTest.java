package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the cleaner makes of the CRF's person spans: names written for this test. */
class ProposalCleanerTest {
    private static final Gazetteer GAZETTEER = NerFixtures.rows(
            "Blue Cap\tORGANIZATION\t\tBlue Capper|Blue Cappers|Blue Cap Inc.\tno",
            "Globex\tORGANIZATION\t\tGlobexer|Globexers|Globex Corp\tno",
            "Acme\tORGANIZATION\t\tAcmer\tyes");

    /** The person spans the cleaner proposes for a CRF person over {@code span} in {@code text}. */
    private static List<String> cleaned(String text, String span) {
        int start = text.indexOf(span);
        Mention crf = new Mention(new TextSpan(start, start + span.length()), span, EntityType.PERSON, span, null,
                MentionSource.MODEL, 0.9, "CoreNLP CRF PERSON");
        return new ProposalCleaner(GAZETTEER, NerFixtures.lexicon()).clean(text, List.of(new Proposal(crf, List.of())))
                .stream().map(p -> p.mention().text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a word made from an employer's name is never part of the person's name
        "The keynote was by Blue Capper Wenna Trask, who spoke on queues.|Blue Capper Wenna Trask|Wenna Trask",
        "Then Globexer Tomás Ñíguez-Barros showed the demo.|Globexer Tomás Ñíguez-Barros|Tomás Ñíguez-Barros",
        "Two Globexers Ana Lima and Bo Chen ran it.|Globexers Ana Lima|Ana Lima",
        // the organization's own name glued to a name: the name is proposed too, the span kept
        "Then Globex Ana Lima showed the demo.|Globex Ana Lima|Globex Ana Lima,Ana Lima",
        // an ambiguous entry, nothing capitalised after it, or a word that only starts like one: kept
        "Then Acmer Ana Lima showed the demo.|Acmer Ana Lima|Acmer Ana Lima",
        "We met the Globexer team.|Globexer|Globexer",
        "Then Globexerson Lima showed the demo.|Globexerson Lima|Globexerson Lima",
    })
    void aWordMadeFromAnOrganizationsNameIsTrimmedFromAPerson(String text, String crf, String expected) {
        assertThat(cleaned(text, crf)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a list item whose comment was joined to the speaker's name
        "- Parsing at scale - Mira Kovac If you parse logs, watch it.|Mira Kovac If|Mira Kovac",
        "- Small tools - Ana Lima A clever title.|Ana Lima A|Ana Lima",
        "- Small tools - Ines Varga This was great.|Ines Varga This|Ines Varga",
        // a surname that is also a word is kept
        "Then Lea Maria Bird talked about mirrors.|Lea Maria Bird|Lea Maria Bird",
    })
    void aSentenceOpeningWordGluedAfterAPersonIsTrimmed(String text, String crf, String expected) {
        assertThat(cleaned(text, crf)).containsExactly(expected);
    }

    @Test
    void aNameEndsAtALineThatWasNotWrappedIntoTheNext() {
        assertThat(cleaned("\"Folding proteins for fun\" by Maren Holt\nMaren opened with a story about her first lab and the long"
                + " nights it took to get the folding right.", "Maren Holt\nMaren")).containsExactly("Maren Holt");
        assertThat(cleaned("The second keynote of the morning came from Maren\nHolt, who spoke about folding proteins.",
                "Maren\nHolt")).as("a paragraph hard-wrapped at a fixed width").containsExactly("Maren\nHolt");
    }

    @Test
    void aNameEndsAtASpacedDashButNotAtAHyphen() {
        assertThat(cleaned("Ikaika Kahale - Director of Platform, Globex", "Ikaika Kahale - Director of Platform"))
                .containsExactly("Ikaika Kahale");
        assertThat(cleaned("Then Anna Smith-Jones showed the demo.", "Anna Smith-Jones")).containsExactly("Anna Smith-Jones");
    }

    @Test
    void anOpeningPronounIsNoPartOfAName() {
        assertThat(cleaned("He opened with \"Hi, I'm Oskar Lind, your friendly neighbourhood parser.\"", "I'm Oskar Lind"))
                .containsExactly("Oskar Lind");
    }
}
