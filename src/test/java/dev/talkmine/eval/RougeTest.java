package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void wordsAreLowerCaseRunsOfWordCharactersInAnyScript() {
        assertThat(Rouge.words("Zoë's C++ talk, 2x_fast!")).containsExactly("zoë", "s", "c", "talk", "2x_fast");
        assertThat(Rouge.words(null)).isEmpty();
    }

    @Test
    void rougeIsTheF1OfSharedNgrams() {
        // 2 of 4 predicted unigrams in 6 gold ones: p 2/4, r 2/6
        assertThat(Rouge.rouge("the cache was fast", "the cache cut latency in half", 1))
                .isCloseTo(2 * 0.5 * (2 / 6.0) / (0.5 + 2 / 6.0), within(1e-12));
        // bigrams: "the cache" only, of 3 and 5
        assertThat(Rouge.rouge("the cache was fast", "the cache cut latency in half", 2))
                .isCloseTo(2 * (1 / 3.0) * (1 / 5.0) / (1 / 3.0 + 1 / 5.0), within(1e-12));
        assertThat(Rouge.rouge("a a a", "a", 1)).isCloseTo(2 * (1 / 3.0) / (1 / 3.0 + 1), within(1e-12));
        assertThat(Rouge.rouge("", "gold", 1)).isZero();
        assertThat(Rouge.rouge("one", "two", 1)).isZero();
    }

    @Test
    void leadTakesSentencesSplitBeforeACapitalOrDigitOrAtABlankLine() {
        assertThat(Rouge.lead("  First one. second part. Third! \"Fourth\" here.", 2)).isEqualTo("First one. second part. Third!");
        assertThat(Rouge.lead("Heading\n\nBody text. 2 more.", 2)).isEqualTo("Heading Body text.");
        assertThat(Rouge.lead("Only.", 2)).isEqualTo("Only.");
    }
}
