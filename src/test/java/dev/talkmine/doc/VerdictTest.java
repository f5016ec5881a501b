package dev.talkmine.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void labelsReadAndWriteTheirLowerCaseIds() {
        for (Verdict.Label l : Verdict.Label.values()) {
            assertThat(Verdict.Label.of(l.id())).isEqualTo(l);
        }
        assertThat(Verdict.Label.MIXED.id()).isEqualTo("mixed");
    }

    @Test
    void evidenceExactlyWhenThereIsAVerdict() {
        TextSpan e = new TextSpan(3, 9);
        assertThat(new Verdict(1, Verdict.Label.POSITIVE, 0.7, e, List.of()).evidence()).isEqualTo(e);
        assertThat(Verdict.none(2, 0.6, List.of("no opinion")).evidence()).isNull();
        assertThatThrownBy(() -> new Verdict(1, Verdict.Label.NEGATIVE, 0.7, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(1, Verdict.Label.NONE, 0.7, e, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void confidenceIsAProbability() {
        assertThatThrownBy(() -> Verdict.none(1, 1.01, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdict.none(1, Double.NaN, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportTakesOneSummaryAndOneVerdictPerTalkInOrder() {
        Document d = new Document("r", "r.txt", "0".repeat(64), InputFormat.TXT, "Talk one. Talk two.", List.of());
        Talk a = new Talk(1, new TextSpan(0, 9), TalkKind.TALK, null, List.of(), List.of(), List.of());
        Talk b = new Talk(2, new TextSpan(10, 19), TalkKind.TALK, null, List.of(), List.of(), List.of());
        Report r = Report.of(d).withTalks(List.of(a, b));
        assertThat(r.summaryOf(b).text()).isEmpty();
        assertThat(r.verdictOf(b)).isEmpty();
        Verdict v = Verdict.none(2, 0.8, List.of());
        Report judged = r.withSummaries(List.of(Summary.none(1), new Summary(2, List.of(new TextSpan(10, 19)), "Talk two.",
                List.of(), List.of()))).withVerdicts(List.of(Verdict.none(1, 0.9, List.of()), v));
        assertThat(judged.summaryOf(b).text()).isEqualTo("Talk two.");
        assertThat(judged.verdictOf(b)).contains(v);
        assertThatThrownBy(() -> r.withVerdicts(List.of(v))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.withSummaries(List.of(Summary.none(2), Summary.none(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
