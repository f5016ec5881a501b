package dev.talkmine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySentencePickerTest {

    @Test
    void theMostProbableSentenceAloneWhenNoOtherIsProbableEnough() {
        assertThat(KeySentencePicker.pick(new double[] {0.2, 0.9, 0.4})).containsExactly(1);
    }

    @Test
    void aSecondProbableSentenceJoinsInTextOrder() {
        assertThat(KeySentencePicker.pick(new double[] {0.1, 0.6, 0.2, 0.95})).containsExactly(1, 3);
        assertThat(KeySentencePicker.pick(new double[] {0.95, 0.1, KeySentencePicker.SECOND})).containsExactly(0, 2);
    }

    @Test
    void tiesGoToTheEarlierSentence() {
        assertThat(KeySentencePicker.pick(new double[] {0.3, 0.3, 0.3})).containsExactly(0);
    }

    @Test
    void noCandidatesNoSummary() {
        assertThat(KeySentencePicker.pick(new double[0])).isEmpty();
    }
}
