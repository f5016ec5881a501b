package dev.talkmine.eval;

import java.util.List;

/**
 * The summary and verdict counts of one report, as {@code score_summary.py} accumulates them over
 * the report's matched talks.
 *
 * @param gold        gold talks
 * @param matched     gold talks matched to a predicted talk
 * @param rouge1      sum of the matched talks' ROUGE-1 F1
 * @param rouge2      sum of their ROUGE-2 F1
 * @param lead2Rouge1 sum of the lead-2 baseline's ROUGE-1 F1
 * @param lead2Rouge2 sum of the lead-2 baseline's ROUGE-2 F1
 * @param words       sum of the predicted summaries' word counts
 * @param verdictOk   matched talks with the gold verdict
 * @param verdicts    (gold, predicted) verdict of each matched talk, in gold order
 * @param goldVerdicts the gold verdict of every gold talk, in order
 */
public record SummaryScores(int gold, int matched, double rouge1, double rouge2, double lead2Rouge1, double lead2Rouge2,
                            int words, int verdictOk, List<Pair> verdicts, List<String> goldVerdicts) {

    public SummaryScores {
        verdicts = List.copyOf(verdicts);
        goldVerdicts = List.copyOf(goldVerdicts);
    }

    /**
     * The gold and the predicted verdict of a matched talk.
     *
     * @param gold      the gold label
     * @param predicted the predicted label
     */
    public record Pair(String gold, String predicted) {
    }
}
