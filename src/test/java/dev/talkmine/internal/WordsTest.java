package dev.talkmine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void wordsAreLowerCaseRunsOfLettersAndDigits() {
        assertThat(Words.of("DevConf 2031 recap | My Blog")).containsExactlyInAnyOrder("devconf", "2031", "recap", "my", "blog");
        assertThat(Words.of("Ünïcode-naïve, C3PO!")).containsExactlyInAnyOrder("ünïcode", "naïve", "c3po");
        assertThat(Words.of(" -- ")).isEmpty();
    }
}
