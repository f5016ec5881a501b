package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Learned;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowerCaseTechnologiesTest {
    private static final LowerCaseTechnologies LOWER = new LowerCaseTechnologies(Learned.GAZETTEER, Learned.WORDS, Learned.LEXICON);

    @Test
    void aKnownTechnologyWrittenInLowerCaseIsThatTechnology() {
        String text = "The deploy broke on an ssh timeout, so Bo rewrote the cron jobs in kubernetes and moved the queue to redis.";
        List<Mention> out = LOWER.withLowerCaseNames(text, List.of());

        assertThat(out).extracting(Mention::text, Mention::name, Mention::type, Mention::source).containsExactly(
                tuple("ssh", "SSH", TECHNOLOGY, MentionSource.RULE),
                tuple("cron", "cron", TECHNOLOGY, MentionSource.RULE),
                tuple("kubernetes", "Kubernetes", TECHNOLOGY, MentionSource.RULE),
                tuple("redis", "Redis", TECHNOLOGY, MentionSource.RULE));
        assertThat(out.get(0).confidence()).isEqualTo(LowerCaseTechnologies.CONFIDENCE);
        assertThat(out.get(0).category()).isEqualTo("protocol");
    }

    @Test
    void notAnOrdinaryWordAnAmbiguousNameAnAddressOrAMentionedName() {
        String text = "We go to rust meetups with julia and jenkins. See https://redis.example/kubernetes, quill.kubernetes.io, "
                + "redis::conf and @redis; then kubernetes again.";
        List<Mention> kept = List.of(at(text, "kubernetes", 2, TECHNOLOGY));

        assertThat(LOWER.withLowerCaseNames(text, kept)).containsExactlyElementsOf(kept);
    }
}
