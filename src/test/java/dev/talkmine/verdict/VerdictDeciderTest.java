package dev.talkmine.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.learn.Classifier;
import dev.talkmine.summary.PassageSentences;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

/** The decision over candidate sentences, with small classifiers trained here on made-up features. */
class VerdictDeciderTest {
    /** "praise" and "doubt" state a verdict, "plain" does not. */
    private static final Classifier EVIDENCE = Classifier.train(events(
            "yes", 20, "praise", "no", 20, "plain", "yes", 10, "doubt", "no", 5, "doubt"));
    /** The label model reads the likeliest sentence's features among the passage's. */
    private static final Classifier LABELS = Classifier.train(events(
            "positive", 10, "praise", "negative", 10, "doubt", "none", 10, "plain"));
    private static final VerdictDecider DECIDER = new VerdictDecider(EVIDENCE, LABELS);

    private static List<Event> events(Object... spec) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 3) {
            for (int k = 0; k < (int) spec[i + 1]; k++) {
                out.add(new Event((String) spec[i], new String[] {"bias", (String) spec[i + 2]}));
            }
        }
        return out;
    }

    private static VerdictCandidates.Candidate sentence(int index, String feature, String sign) {
        TextSpan span = new TextSpan(index * 10, index * 10 + 9);
        return new VerdictCandidates.Candidate(new PassageSentences.Piece(index, span, Block.Kind.PARAGRAPH, true, List.of()),
                new String[] {"bias", feature}, new String[0], sign, 1);
    }

    @Test
    void theLabelModelSaysWhichVerdictTheLikeliestSentenceStates() {
        Verdict v = DECIDER.decide(3, List.of(sentence(0, "plain", "0"), sentence(1, "praise", "P")));
        assertThat(v.talk()).isEqualTo(3);
        assertThat(v.label()).isEqualTo(Verdict.Label.POSITIVE);
        assertThat(v.evidence()).isEqualTo(new TextSpan(10, 19));
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("sentence 2 of 2 [10-19]"));
        Verdict critical = DECIDER.decide(1, List.of(sentence(0, "plain", "0"), sentence(1, "doubt", "N")));
        assertThat(critical.label()).isEqualTo(Verdict.Label.NEGATIVE);
        assertThat(critical.evidence()).isEqualTo(new TextSpan(10, 19));
    }

    @Test
    void aPassageOfNoOpinionHasNoVerdict() {
        Verdict v = DECIDER.decide(1, List.of(sentence(0, "plain", "0"), sentence(1, "plain", "0")));
        assertThat(v.label()).isEqualTo(Verdict.Label.NONE);
        assertThat(v.evidence()).isNull();
        assertThat(v.reasons().get(0)).startsWith("no sentence states a verdict; the likeliest is sentence");
        assertThat(DECIDER.decide(1, List.of()).label()).isEqualTo(Verdict.Label.NONE);
    }

    @Test
    void theEvidenceIsTheLikeliestSentenceOfTheLabelsSign() {
        List<VerdictCandidates.Candidate> all = List.of(sentence(0, "praise", "P"), sentence(1, "doubt", "N"), sentence(2, "plain", "0"));
        double[] p = {0.9, 0.4, 0.95};
        assertThat(VerdictCandidates.evidenceFor(Verdict.Label.NEGATIVE, all, p)).isEqualTo(1);
        assertThat(VerdictCandidates.evidenceFor(Verdict.Label.POSITIVE, all, p)).isEqualTo(0);
        assertThat(VerdictCandidates.evidenceFor(Verdict.Label.MIXED, all, p)).as("mixed: the likeliest of any sign").isEqualTo(2);
        assertThat(VerdictCandidates.evidenceFor(Verdict.Label.NEGATIVE, all.subList(0, 1), p)).as("no criticism: the likeliest").isZero();
    }

    @Test
    void theLabelModelReadsTheEvidenceProbabilitiesAndTheLikeliestSentence() {
        VerdictCandidates.Candidate c = new VerdictCandidates.Candidate(
                new PassageSentences.Piece(0, new TextSpan(0, 9), Block.Kind.PARAGRAPH, true, List.of()),
                new String[] {"bias", "sign=P"}, new String[] {"w=boring"}, "P", 1);
        assertThat(c.features()).containsExactly("bias", "sign=P");
        assertThat(VerdictCandidates.labelFeatures(List.of(c, sentence(1, "plain", "N")), new double[] {0.95, 0.12}))
                .contains("p=0.9", "p&sign=0.9&P", "pP=0.9", "pN=0.1", "likely=1", "sign=P", "w=boring", "othersN=1")
                .containsOnlyOnce("bias");
    }
}
