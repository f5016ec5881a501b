package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching and counting rules of score(), on hand-made reports. */
class ScorerTest {
    // "Talk A" starts at 200, "Talk B" at 208
    private static final String TEXT = ".".repeat(200) + "Talk A. Talk B. " + ".".repeat(200);

    private static GoldReport.Talk gold(String firstWords, String... speakers) {
        return new GoldReport.Talk(null, List.of(speakers), List.of(), "talk", firstWords, List.of(), "none", null);
    }

    private static Prediction.Talk pred(int start, int end, String... speakers) {
        return new Prediction.Talk(start, end, null, "talk",
                java.util.Arrays.stream(speakers).map(s -> new Prediction.Speaker(s, List.of())).toList(), List.of(),
                "", "none");
    }

    private static Scores score(List<GoldReport.Talk> gold, List<Prediction.Talk> pred) {
        return Scorer.score(TEXT, new GoldReport(gold, List.of(), List.of(), List.of(), List.of()),
                new Prediction("", pred, List.of()));
    }

    @Test
    void aPredictedTalkMayStartUpTo120UnitsAfterTheGoldStart() {
        assertThat(score(List.of(gold("Talk A")), List.of(pred(320, 400))).talks().matched()).isEqualTo(1);
        assertThat(score(List.of(gold("Talk A")), List.of(pred(321, 400))).talks().matched()).isZero();
    }

    @Test
    void theEndIsExclusive() {
        assertThat(score(List.of(gold("Talk A")), List.of(pred(100, 200))).talks().matched()).isZero();
        assertThat(score(List.of(gold("Talk A")), List.of(pred(100, 201))).talks().matched()).isEqualTo(1);
    }

    @Test
    void theClosestStartWinsAndTheFirstOnATie() {
        Scores s = score(List.of(gold("Talk A", "Ann")), List.of(pred(150, 300, "Ann"), pred(250, 300, "Bob")));
        assertThat(s.talks()).isEqualTo(new Scores.Talks(Prf.of(1, 2, 1), 1, 2, 1));
        // Bob's talk matched nothing: its speaker still counts as predicted
        assertThat(s.speakers()).isEqualTo(Prf.of(1, 2, 1));
        Scores closer = score(List.of(gold("Talk A", "Ann")), List.of(pred(150, 300, "Ann"), pred(210, 300, "Bob")));
        assertThat(closer.speakers()).isEqualTo(Prf.of(0, 2, 1));
    }

    @Test
    void aClaimedTalkCannotBeClaimedAgain() {
        Scores s = score(List.of(gold("Talk A", "Ann"), gold("Talk B", "Bob")), List.of(pred(190, 300, "Ann", "Bob")));
        assertThat(s.talks().matched()).isEqualTo(1);
        assertThat(s.speakers()).isEqualTo(Prf.of(1, 2, 2));
        assertThat(s.kinds()).isEqualTo(new Scores.Accuracy(0.5, 2));
    }

    @Test
    void unmatchedTalksCountTheirSpeakersAsListedAndUnlocatedGoldTalksAreMisses() {
        Scores s = score(List.of(gold("Not in the text", "Ann")), List.of(pred(0, 400, "Ann", "", "Ann")));
        assertThat(s.talks()).isEqualTo(new Scores.Talks(Prf.of(0, 1, 1), 1, 1, 0));
        assertThat(s.speakers()).isEqualTo(Prf.of(0, 3, 1));
        assertThat(s.titles()).isEqualTo(new Scores.Accuracy(1.0, 0));
    }

    @Test
    void aGoldNameThatNormalisesToNothingStillCounts() {
        Scores s = score(List.of(gold("Talk A", "@@", "Ann")), List.of(pred(200, 300, "@@", "Ann")));
        assertThat(s.speakers()).isEqualTo(Prf.of(1, 1, 2));
    }

    @Test
    void entitiesAreNormalisedSetsPerType() {
        Prediction p = new Prediction("", List.of(), List.of(
                new Prediction.Entity("Rust's", "technology"), new Prediction.Entity("rust", "TECHNOLOGY"),
                new Prediction.Entity("Lyon", "LOCATION"), new Prediction.Entity(null, "PERSON"),
                new Prediction.Entity("Zoe", "")));
        GoldReport g = new GoldReport(List.of(), List.of(), List.of("Zoë"), List.of(), List.of("Rust", "Go", "go"));
        Scores s = Scorer.score("", g, p);
        assertThat(s.technologies()).isEqualTo(new Scores.Entities(Prf.of(1, 1, 2), 2, 1, List.of("go"), List.of()));
        assertThat(s.people()).isEqualTo(new Scores.Entities(Prf.of(0, 0, 1), 1, 0, List.of("zoe"), List.of()));
        assertThat(s.organizations().prf()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(s.talks().prf()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(s.kinds()).isEqualTo(new Scores.Accuracy(1.0, 0));
    }

    @Test
    void aGoldNameIsFoundUnderAnEntitysSpellingButEachEntityFindsOneName() {
        Prediction p = new Prediction("", List.of(), List.of(
                new Prediction.Entity("Amazon S3", "TECHNOLOGY", List.of("S3", "Simple Storage")),
                new Prediction.Entity("Kubernetes", "TECHNOLOGY", List.of("k8s"))));
        GoldReport g = new GoldReport(List.of(), List.of(), List.of(), List.of(), List.of("S3", "Simple Storage", "Kubernetes"));
        Scores s = Scorer.score("", g, p);
        // exact names first: Kubernetes; then "S3" (code-point order) takes Amazon S3, which is used up
        assertThat(s.technologies()).isEqualTo(new Scores.Entities(Prf.of(2, 2, 3), 3, 2, List.of("simple storage"), List.of()));
    }
}
