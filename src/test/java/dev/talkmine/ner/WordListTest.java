package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordListTest {
    private static final WordList WORDS = WordList.parse(new ByteArrayInputStream(
            "# test\nmodular\nreproducible\nfunctional\nfunctionality\ntopology\nincentive\nawesome\ndiscover\ntool\nuse\nusing\nbuild\nbuilding\nrun\nrunning\ntest\ntesting\nspring\nstring\nring\n"
                    .getBytes(StandardCharsets.UTF_8)), "test");

    @Test
    void aWordDerivedFromAListedWordByACommonEndingIsADerivedWordButNotAWord() {
        for (String w : new String[] {"modularity", "reproducibility", "functionalities", "topologies", "incentivize",
                                      "awesomeness", "discoverable", "Tools"}) {
            assertThat(WORDS.isDerivedWord(w)).as(w).isTrue();
        }
        assertThat(WORDS.isWord("modularity")).as("the learned features' list stays as it was").isFalse();
        for (String w : new String[] {"gitfs", "modulary", "quillness", "kargo", "ity"}) {
            assertThat(WORDS.isDerivedWord(w)).as(w).isFalse();
        }
    }

    @Test
    void aVerbsIngFormIsAGerundButAWordThatEndsSoIsNot() {
        for (String w : new String[] {"Using", "building", "running", "Testing"}) {
            assertThat(WORDS.isGerund(w)).as(w).isTrue();
        }
        for (String w : new String[] {"Spring", "string", "ring", "zorbing", "use"}) {
            assertThat(WORDS.isGerund(w)).as(w).isFalse();
        }
    }
}
