package dev.talkmine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeySentencePickerTest {

    @Test
    void candidatesLikeliestFirstTiesToTheEarlier() {
        assertThat(KeySentencePicker.byProbability(new double[] {0.2, 0.9, 0.4, 0.9})).containsExactly(1, 3, 2, 0);
        assertThat(KeySentencePicker.byProbability(new double[0])).isEmpty();
    }

    @Test
    void theLikeliestAloneUnlessTheLengthClassifierWantsTheSecond() {
        int[] order = {1, 3, 2, 0};
        assertThat(KeySentencePicker.pick(order, 0.2)).containsExactly(1);
        assertThat(KeySentencePicker.pick(order, 0.5)).containsExactly(1, 3);
        assertThat(KeySentencePicker.pick(new int[] {3, 0}, 0.9)).containsExactly(0, 3); // in text order
    }

    @Test
    void noCandidatesNoSummary() {
        assertThat(KeySentencePicker.pick(new int[0], 0.9)).isEmpty();
        assertThat(KeySentencePicker.pick(new int[] {0}, 0.9)).containsExactly(0);
    }

    @Test
    void thePairIsSeenThroughBothSentencesAndTheirPlaces() {
        List<KeySentences.Candidate> c = List.of(candidate(0, 3, "pos=0"), candidate(1, 20, "pos=1"), candidate(2, 9, "pos=2"));
        String[] f = KeySentencePicker.pairFeatures(c, new double[] {0.35, 0.8, 0.1}, new int[] {1, 0, 2});
        assertThat(f).contains("p1=0.8", "p2=0.3", "p12=0.8_0.3", "gap=0.4", "p3=0.1", "adjacent", "secondBefore",
                "firstInTop2", "len1=16-30", "len2=1-3", "a_pos=1", "b_pos=0").doesNotContain("firstIsTop");
    }

    private static KeySentences.Candidate candidate(int index, int words, String feature) {
        TextSpan span = new TextSpan(index * 10, index * 10 + 9);
        return new KeySentences.Candidate(new PassageSentences.Piece(index, span, Block.Kind.PARAGRAPH, true, List.of(span)),
                words, new String[] {feature});
    }
}
