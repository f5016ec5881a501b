package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrfTest {

    @Test
    void emptyAgainstEmptyIsPerfect() {
        assertThat(Prf.of(0, 0, 0)).isEqualTo(new Prf(1.0, 1.0, 1.0));
    }

    @Test
    void predictionsWhereGoldHasNoneScoreZero() {
        assertThat(Prf.of(0, 3, 0)).isEqualTo(new Prf(0.0, 0.0, 0.0));
    }

    @Test
    void nothingPredictedForSomeGoldScoresZero() {
        assertThat(Prf.of(0, 0, 2)).isEqualTo(new Prf(0.0, 0.0, 0.0));
    }

    @Test
    void ordinary() {
        Prf prf = Prf.of(2, 4, 2);
        assertThat(prf.p()).isEqualTo(0.5);
        assertThat(prf.r()).isEqualTo(1.0);
        assertThat(prf.f()).isEqualTo(2 * 0.5 * 1.0 / 1.5);
        assertThat(Prf.of(0, 2, 2)).isEqualTo(new Prf(0.0, 0.0, 0.0));
    }
}
