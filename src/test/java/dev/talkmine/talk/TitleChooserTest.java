package dev.talkmine.talk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.learn.Classifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The title candidates the chooser reads, on a hand-built line and the small tagger of {@link TitleTaggerTest}. */
class TitleChooserTest {
    @Test
    void candidatesAreTheDistinctTitlesOfTheBestRunsBestFirst() {
        Classifier model = TitleTaggerTest.tagger();
        TitleTagger.Tokens t = TitleTaggerTest.tokens("Fast Parsing at Scale – Dee Ray");
        // every run gives its text lower-cased, so runs differing only in case are one candidate
        List<Candidate> out = TitleChooser.candidates(t, model, span -> span.coveredText(t.text()).toLowerCase());
        assertThat(out).hasSize(TitleChooser.RUNS);
        assertThat(out.get(0).value()).isEqualTo("fast parsing at scale");
        assertThat(out.stream().map(Candidate::value).distinct()).hasSize(out.size());
        assertThat(out.get(0).features()).contains("rank=0", "gap=0", "charBefore=space", "left=^");
        assertThat(out.get(1).features()).contains("rank=1");
    }

    @Test
    void aRunThatGivesNoTitleIsNoCandidate() {
        Classifier model = TitleTaggerTest.tagger();
        TitleTagger.Tokens t = TitleTaggerTest.tokens("Fast Parsing at Scale – Dee Ray");
        List<Candidate> out = TitleChooser.candidates(t, model, span -> span.coveredText(t.text()).contains("–") ? null : "x" + span);
        assertThat(out).isNotEmpty().allSatisfy(c -> assertThat(c.value()).doesNotContain("–"));
    }
}
