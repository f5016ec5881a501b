package dev.talkmine.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trained verdict classifiers on talk passages written for these tests. */
class VerdictStageTest {
    private static final VerdictStage STAGE = new VerdictStage(Learned.MODELS, Learned.LEXICON);

    private static final String TEXT = """
            Day one

            Ana Lima talked about ownership in Rust. She walked through three borrow checker errors. \
            I loved this talk, easily the best of the day!

            Bo Chen presented the new scheduler of the Kafka client. The scheduler batches requests per broker.

            Cy Park gave a talk on tracing. The slides were unreadable and the demo crashed twice, \
            a real disappointment.
            """;

    private static Report judged() {
        Report r = Docs.withPeople(Docs.text(TEXT), "Ana Lima", "Bo Chen", "Cy Park");
        String[] starts = {"Ana Lima", "Bo Chen", "Cy Park"};
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            int a = TEXT.indexOf(starts[i]);
            int b = i + 1 < starts.length ? TEXT.indexOf(starts[i + 1]) : TEXT.length();
            talks.add(new Talk(i + 1, new TextSpan(a, b), TalkKind.TALK, null, List.of(), List.of(), List.of()));
        }
        return STAGE.process(r.withTalks(talks));
    }

    @Test
    void oneVerdictPerTalkWithEvidenceInsideItsPassage() {
        Report r = judged();
        assertThat(r.verdicts()).extracting(Verdict::talk).containsExactly(1, 2, 3);
        for (Verdict v : r.verdicts()) {
            assertThat(v.reasons()).isNotEmpty();
            if (v.evidence() != null) {
                assertThat(r.talks().get(v.talk() - 1).span().contains(v.evidence())).isTrue();
            }
        }
    }

    @Test
    void praiseIsPositiveDescriptionIsNoneComplaintIsNegative() {
        Report r = judged();
        Verdict praise = r.verdicts().get(0);
        assertThat(praise.label()).isEqualTo(Verdict.Label.POSITIVE);
        assertThat(praise.evidence().coveredText(r.text())).contains("I loved this talk");
        assertThat(r.verdicts().get(1).label()).isEqualTo(Verdict.Label.NONE);
        Verdict complaint = r.verdicts().get(2);
        assertThat(complaint.label()).isIn(Verdict.Label.NEGATIVE, Verdict.Label.MIXED);
        assertThat(complaint.evidence().coveredText(r.text())).contains("unreadable");
    }
}
