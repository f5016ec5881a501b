package dev.talkmine.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Models;
import dev.talkmine.talk.TalkAttributeStage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training and cross-validation on three small annotated reports written for this test. */
class TrainerTest {
    private static final Path FIXTURE = Path.of("src/test/resources/training-fixture");
    private static Talkmine talkmine;
    private static List<Example> examples;

    @BeforeAll
    static void prepare() throws InterruptedException {
        talkmine = Talkmine.builder().untrained().build();
        examples = Corpus.load(List.of(FIXTURE), talkmine, 2);
    }

    @Test
    void locatesEveryAnnotatedPassage() {
        assertThat(examples).extracting(Example::group).containsExactly("r1-queueconf", "r2-cacheconf", "r3-toolconf");
        assertThat(examples).allSatisfy(e -> {
            assertThat(e.talkStarts()).doesNotContain(-1);
            assertThat(e.talkPassages()).doesNotContainNull();
        });
    }

    @Test
    void aPassageRunOnEndsWhereThePassageAfterItEnds() {
        Example e = examples.get(0); // an intro, then two talks
        List<TextSpan> exact = e.talkPassages();
        String text = e.prepared().text();
        assertThat(e.talkPassages(0)).isEqualTo(exact);
        assertThat(e.talkPassages(1).get(0)).isEqualTo(new TextSpan(exact.get(0).start(), exact.get(1).end()));
        // nothing follows the last talk: it runs to the end of the text, as it did
        assertThat(e.talkPassages(1).get(1)).isEqualTo(exact.get(1));
        // ... so the learners' run-on passages leave it out rather than count it twice
        assertThat(e.runOnPassages()).containsExactly(e.talkPassages(1).get(0), null);
        assertThat(exact.get(1).coveredText(text)).endsWith("caches.");
    }

    @Test
    void theSpeakerClassifierAlsoLearnsThatTheNextTalksSpeakerIsNotThisOnes() {
        // r1: Ada Quinn's passage, then Bo Lindqvist's; the run-on passage of Ada's talk holds both
        List<Example> decided = new MentionLearner(examples).outOfFold(talkmine.lexicon());
        List<String> outcomes = new TalkLearner(decided, talkmine.lexicon()).speakerEvents(0).stream()
                .map(Event::getOutcome).toList();
        assertThat(outcomes).containsExactly(TalkAttributeStage.YES, TalkAttributeStage.YES,
                TalkAttributeStage.YES, TalkAttributeStage.NO);
    }

    @Test
    void trainsEveryModelTheSameWayTwice() throws IOException {
        Models a = Trainer.of(examples, talkmine.lexicon()).train();
        Models b = Trainer.of(examples, talkmine.lexicon()).train();
        assertThat(a.names()).containsExactlyInAnyOrderElementsOf(Talkmine.MODELS);
        for (String name : a.names()) {
            assertThat(bytes(a, name)).as(name).isEqualTo(bytes(b, name));
        }
    }

    @Test
    void crossValidationDecidesEachReportWithModelsThatNeverSawIt() throws InterruptedException {
        Map<String, String> held = CrossValidation.predictions(Trainer.of(examples, talkmine.lexicon()), talkmine, 2);
        assertThat(held).hasSize(3);
        assertThat(held.values()).allSatisfy(json -> assertThat(json).contains("\"talks\""));
    }

    @Test
    void aCrossValidationOnTwoReportsAndATrainingOnOneStillGiveEveryModel() throws InterruptedException {
        // a fold of two reports leaves one to train on: the stacked learners' inner folds have nothing to hold out
        assertThat(CrossValidation.predictions(Trainer.of(examples.subList(0, 2), talkmine.lexicon()), talkmine, 1)).hasSize(2);
        assertThat(Trainer.of(examples.subList(0, 1), talkmine.lexicon()).train().names())
                .containsExactlyInAnyOrderElementsOf(Talkmine.MODELS);
    }

    private static byte[] bytes(Models m, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.get(name).write(out);
        return out.toByteArray();
    }
}
