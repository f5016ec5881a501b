package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnOddSampleIsTheMiddleValue() {
        Stats s = Stats.of(5, 1, 3);
        assertThat(s.n()).isEqualTo(3);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(3);
    }

    @Test
    void medianOfAnEvenSampleIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.of(List.of(4, 1, 10, 2)).median()).isEqualTo(3);
    }

    @Test
    void oneValueIsItsOwnMedianMinAndMax() {
        Stats s = Stats.of(7.5);
        assertThat(List.of(s.median(), s.min(), s.max())).containsOnly(7.5);
    }

    @Test
    void anEmptySampleIsNaN() {
        Stats s = Stats.of();
        assertThat(s.n()).isZero();
        assertThat(s.median()).isNaN();
    }

    @Test
    void doesNotReorderTheCallersArray() {
        double[] v = {3, 1, 2};
        Stats.of(v);
        assertThat(v).containsExactly(3, 1, 2);
    }
}
