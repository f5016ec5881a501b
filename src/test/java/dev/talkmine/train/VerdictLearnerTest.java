package dev.talkmine.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictLearnerTest {
    @Test
    void aSentenceOfTheVerdictsSignOutsideTheEvidenceIsNoExampleEitherWay() {
        assertThat(VerdictLearner.unsure("positive", "P", false)).as("more praise in a positive passage").isTrue();
        assertThat(VerdictLearner.unsure("negative", "N", false)).isTrue();
        assertThat(VerdictLearner.unsure("mixed", "N", false)).isTrue();
        assertThat(VerdictLearner.unsure("mixed", "P", false)).isTrue();

        assertThat(VerdictLearner.unsure("positive", "P", true)).as("the evidence itself").isFalse();
        assertThat(VerdictLearner.unsure("positive", "N", false)).as("criticism in a positive passage").isFalse();
        assertThat(VerdictLearner.unsure("positive", "0", false)).as("description").isFalse();
        assertThat(VerdictLearner.unsure("none", "P", false)).as("praise in a passage without a verdict: of the project")
                .isFalse();
        assertThat(VerdictLearner.unsure("neutral", "P", false)).isFalse();
    }
}
