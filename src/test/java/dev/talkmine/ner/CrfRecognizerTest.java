package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.testing.Docs;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CRF on the caller's thread and in parallel chunks gives the same mentions, in order. */
@Tag("model")
class CrfRecognizerTest {
    private static CrfRecognizer crf;
    private static Report report;

    @BeforeAll
    static void load() {
        crf = CrfRecognizer.of(CrfRecognizer.model(), WordList.empty());
        StringBuilder text = new StringBuilder();
        String[] people = {"Alice Nakamura", "Bruno Okafor", "Chen Wei", "Dana Kowalski", "Emeka Obi"};
        String[] orgs = {"Initrode", "Red Hat", "Mozilla", "the University of Oslo", "Google"};
        for (int i = 0; i < 60; i++) {
            text.append(people[i % people.length]).append(" from ").append(orgs[(i * 3) % orgs.length])
                    .append(" spoke about release ").append(i).append(" in Berlin. ");
            if (i % 7 == 0) {
                text.append("\n\n");
            }
        }
        report = Docs.text(text.toString());
    }

    @Test
    void chunksOnSeveralThreadsGiveTheSameMentionsAsOnePass() {
        List<Mention> onePass = mentions(crf.find(report, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertThat(onePass).extracting(Mention::type).contains(EntityType.PERSON, EntityType.ORGANIZATION,
                EntityType.LOCATION);
        assertThat(onePass).filteredOn(m -> m.type() == EntityType.PERSON).hasSizeGreaterThanOrEqualTo(50);

        assertThat(mentions(crf.find(report, 1, 1))).isEqualTo(onePass);   // a chunk per sentence
        assertThat(mentions(crf.find(report, 1, 37))).isEqualTo(onePass);  // chunks that end mid-paragraph
        assertThat(mentions(crf.find(report))).isEqualTo(onePass);         // the defaults: a small report is one chunk
    }

    private static List<Mention> mentions(List<Proposal> proposals) {
        return proposals.stream().map(Proposal::mention).toList();
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> crf.find(report, 1, 20)).isInstanceOf(CancellationException.class)
                    .hasMessageContaining("interrupted in the CRF");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aCallerInterruptedWhileChunksAreRunningStopsThemAndIsCancelled() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append(report.text()).append("\n\n");
        }
        Report large = Docs.text(text.toString()); // 9,000 sentences: seconds of CRF work
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            started.countDown();
            try {
                crf.find(large, 1, 200);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        caller.start();
        started.await();
        Thread.sleep(100);
        caller.interrupt();
        caller.join(60_000); // a liveness bound, not a timing: stopping takes one sentence
        assertThat(caller.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void anEmptyReportHasNoMentions() {
        assertThat(crf.find(Docs.text("* * *"), 1, 1)).isEmpty();
    }
}
