package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.testing.Docs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Features of candidates in sentences written for this test. */
class CandidateFeaturesTest {

    /** The features of the candidate a rule proposes over {@code name} in {@code text}. */
    private static List<String> features(String text, String name) {
        Report report = Docs.text(text);
        TextContext ctx = new TextContext(report);
        int start = text.indexOf(name);
        TextSpan span = new TextSpan(start, start + name.length());
        Map<TextSpan, List<Proposal>> bySpan = Map.of(span,
                List.of(Proposal.rule(text, span, EntityType.ORGANIZATION, "test", "written for the test")));
        return new CandidateFeatures(NerFixtures.englishWords(), NerFixtures.lexicon())
                .candidates(ctx, new ReportStats(ctx, report.sentences(), bySpan), bySpan).get(0).features();
    }

    @Test
    void theWordBeforeIsReadWholeNotAsAWordEndingInIt() {
        assertThat(features("Mara works at Quillon on storage.", "Quillon")).contains("w-1=at");
        assertThat(features("She showed that Quillon scales.", "Quillon")).doesNotContain("w-1=at");
        assertThat(features("It was a great Quillon demo.", "Quillon")).doesNotContain("w-1=at");
    }
}
