package dev.talkmine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trained key-sentence classifier on talk passages written for these tests. */
class SummaryStageTest {
    private static final SummaryStage STAGE = new SummaryStage(Learned.MODELS, Learned.LEXICON);

    private static final String TEXT = """
            Notes from a small conference

            The room was full and the coffee was cold. Ana Lima explained how ownership works in Rust, \
            with drawings of borrowed values. Lunch was at noon.

            Next up was Bo Chen. He showed how Kafka keeps consumer offsets and how to replay a topic after \
            a bad deploy. Great talk!

            - Closing words
            """;

    /** Talks from each {@code starts} up to the next, with the given speakers. */
    private static Report talks(String... starts) {
        Report r = Docs.withEntities(Docs.withPeople(Docs.text(TEXT), "Ana Lima", "Bo Chen"), EntityType.TECHNOLOGY,
                "Rust", "Kafka");
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            int a = TEXT.indexOf(starts[i]);
            int b = i + 1 < starts.length ? TEXT.indexOf(starts[i + 1]) : TEXT.length();
            talks.add(new Talk(i + 1, new TextSpan(a, b), TalkKind.TALK, null, List.of(), List.of(), List.of()));
        }
        return r.withTalks(talks);
    }

    @Test
    void oneOrTwoWholeSentencesOfEachPassageInTextOrder() {
        Report r = STAGE.process(talks("The room", "Next up", "- Closing"));
        assertThat(r.summaries()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Summary s = r.summaries().get(i);
            TextSpan passage = r.talks().get(i).span();
            assertThat(s.talk()).isEqualTo(i + 1);
            assertThat(s.sentences()).hasSizeBetween(1, 2).allMatch(passage::contains);
            assertThat(s.sentences()).isSortedAccordingTo(TextSpan::compareTo);
            assertThat(s.evidence()).hasSameSizeAs(s.sentences());
            List<String> shown = s.sentences().stream().map(x -> x.coveredText(r.text()).strip().replaceAll("\\s+", " ")
                    .replaceFirst("^- ", "")).toList();
            assertThat(s.text()).isEqualTo(String.join(" ", shown));
        }
        assertThat(r.summaries().get(2).text()).isEqualTo("Closing words"); // a list item alone is its own summary
    }

    @Test
    void theSentenceThatSaysWhatTheTalkWasAboutBeatsLogisticsAndPraise() {
        Report r = STAGE.process(talks("The room", "Next up", "- Closing"));
        assertThat(r.summaries().get(0).text()).contains("explained how ownership works in Rust")
                .doesNotContain("coffee");
        assertThat(r.summaries().get(1).text()).contains("Kafka keeps consumer offsets").doesNotContain("Great talk");
        assertThat(r.summaries().get(1).keywords()).startsWith("Kafka");
    }

    @Test
    void speakersKnownToTheTalkAreSeenInItsSentences() {
        TalkFacts facts = SummaryStage.facts(new Talk(1, new TextSpan(0, 1), TalkKind.TALK, "Ownership",
                List.of(new Speaker("Ana Lima", List.of())), List.of(), List.of()));
        assertThat(facts.isSpeaker("Ana Lima", "Ana")).isTrue();
        assertThat(facts.isSpeaker("Ana Lima", "Lima")).isTrue();
        assertThat(facts.isSpeaker("Bo Chen", "Bo")).isFalse();
        assertThat(facts.title()).isEqualTo("Ownership");
    }
}
