package dev.talkmine.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A port of the per-report loop of {@code score_summary.py}: over the gold talks matched as in
 * {@code score.py}, the ROUGE-1/2 F1 of {@code talks[].summary} against the joined key sentences,
 * the same for the first two sentences of the predicted talk's passage (the lead-2 baseline), the
 * summary's length in words and the verdict against the gold verdict.
 */
final class SummaryScorer {
    private SummaryScorer() {
    }

    /** Whether {@code score_summary.py} scores the report: some talk has {@code key_sentences}. */
    static boolean scored(GoldReport gold) {
        return gold.talks().stream().anyMatch(GoldReport.Talk::hasKeySentences);
    }

    static SummaryScores score(String text, GoldReport gold, Prediction pred) {
        int[] claimed = Scorer.match(text, gold, pred);
        int matched = 0;
        double r1 = 0;
        double r2 = 0;
        double l1 = 0;
        double l2 = 0;
        int words = 0;
        int ok = 0;
        List<SummaryScores.Pair> verdicts = new ArrayList<>();
        List<String> goldVerdicts = new ArrayList<>();
        for (int gi = 0; gi < gold.talks().size(); gi++) {
            GoldReport.Talk gt = gold.talks().get(gi);
            goldVerdicts.add(gt.verdict());
            if (claimed[gi] < 0) {
                continue;
            }
            Prediction.Talk pt = pred.talks().get(claimed[gi]);
            String ref = gt.hasKeySentences() ? String.join(" ", gt.keySentences()) : "";
            String passage = text.substring(index(text, pt.start()), Math.max(index(text, pt.start()), index(text, pt.end())));
            String base = Rouge.lead(passage, 2);
            matched++;
            r1 += Rouge.rouge(pt.summary(), ref, 1);
            r2 += Rouge.rouge(pt.summary(), ref, 2);
            l1 += Rouge.rouge(base, ref, 1);
            l2 += Rouge.rouge(base, ref, 2);
            words += Rouge.words(pt.summary()).size();
            ok += pt.verdict().equals(gt.verdict()) ? 1 : 0;
            verdicts.add(new SummaryScores.Pair(gt.verdict(), pt.verdict()));
        }
        return new SummaryScores(gold.talks().size(), matched, r1, r2, l1, l2, words, ok, verdicts, goldVerdicts);
    }

    /**
     * {@code py_index(text, u16)} as a Java index: the first character boundary at or after the
     * UTF-16 offset (an offset inside a surrogate pair moves past the pair), the text's length past
     * its end. A missing offset (read as -1) counts as 0, as {@code pt.get("start", 0)} reads it.
     */
    static int index(String text, double u16) {
        int i = 0;
        while (i < text.length() && i < u16) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
