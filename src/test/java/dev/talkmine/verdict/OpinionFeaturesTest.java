package dev.talkmine.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.OpinionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Opinion features on sentences written for these tests, with a lexicon of a few words. */
class OpinionFeaturesTest {
    private static final Lexicon LEXICON = Lexicon.of(Map.of(
            "negations", List.of("not", "didn't", "never"),
            "contrasts", List.of("but", "although"),
            "hedges", List.of("a bit", "fine"),
            "intensifiers", List.of("very", "really"),
            "delivery-nouns", List.of("talk", "slides", "pace"),
            "project-nouns", List.of("library", "project"),
            "first-person", List.of("i", "me"),
            "third-person", List.of("she", "he"),
            "talk-aspects", List.of("intro", "tips")),
            OpinionWords.of(Map.of("great", 3.1, "useful", 1.9, "slow", -1.5, "boring", -1.3, "over my head", -1.5)));
    private static final OpinionFeatures OPINION = new OpinionFeatures(LEXICON);

    private record Seen(OpinionFeatures.Polarity polarity, List<String> features) {
    }

    /** Tokens split at spaces and before punctuation, as a tokenizer would. */
    private static Seen read(String sentence) {
        return read(sentence, Set.of());
    }

    /** The same, with the tokens of these indexes inside a person mention. */
    private static Seen read(String sentence, Set<Integer> person) {
        List<String> written = new ArrayList<>(List.of(sentence.replaceAll("([,.!?\"])", " $1 ").trim().split("\\s+")));
        List<String> lower = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Features f = new Features();
        OpinionFeatures.Polarity p = OPINION.add(f, sentence, new OpinionFeatures.Tokens(lower, written, person));
        return new Seen(p, f.names());
    }

    @Test
    void praiseOfTheTalkIsPositiveAndSaysWhatItJudges() {
        Seen s = read("A really great talk .");
        assertThat(s.polarity().sign()).isEqualTo("P");
        assertThat(s.polarity().positive()).isEqualTo(1);
        assertThat(s.features()).contains("op=great", "near=P>talk", "talkNoun", "sign=P");
    }

    @Test
    void aNegationShortlyBeforeTurnsTheWordAround() {
        Seen s = read("It was not very useful");
        assertThat(s.polarity().sign()).isEqualTo("N");
        assertThat(s.polarity().negated()).isTrue();
        assertThat(s.features()).contains("op=not useful", "negated");
        // a clause boundary ends the negation's reach
        assertThat(read("Not me, useful").polarity().sign()).isEqualTo("P");
    }

    @Test
    void aContrastSeparatesAJudgementFromItsOpposite() {
        Seen s = read("Great ideas , but the pace was slow");
        assertThat(s.polarity().positive()).isEqualTo(1);
        assertThat(s.polarity().negative()).isEqualTo(1);
        assertThat(s.features()).contains("contrast", "turn=P>N", "both");
    }

    @Test
    void phrasesCountOnceAndProjectPraiseIsMarkedAsSuch() {
        Seen phrase = read("Some of it went over my head");
        assertThat(phrase.features()).contains("op=over my head");
        assertThat(phrase.polarity().negative()).isEqualTo(1);
        assertThat(read("A great library").features()).contains("near=P>project", "projectNoun").doesNotContain("talkNoun");
    }

    @Test
    void praiseNextToTheSpeakerOrAnAspectOfTheTalkSaysSo() {
        assertThat(read("Ann Lee gave a great intro", Set.of(0, 1)).features()).contains("near=P<speaker", "near=P>talk", "talkNoun");
        assertThat(read("Ann Lee gave a great intro").features()).as("no person mention: a name is only a word")
                .doesNotContain("near=P<speaker");
        assertThat(read("She was great").features()).contains("near=P<speaker");
        assertThat(read("Some useful tips").features()).contains("near=P>talk");
    }

    @Test
    void opinionWordsInsideNamesOrQuotationsDoNotCount() {
        assertThat(read("She presented Great Expectations").polarity().sign()).isEqualTo("0");
        assertThat(read("The talk \" boring things \" was about logs").polarity().sign()).isEqualTo("0");
        assertThat(read("She described the deploy pipeline").features()).contains("sign=0", "val=0");
    }
}
