package dev.talkmine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of scoring summaries and verdicts: one row per gold report that has key sentences,
 * and the means over all their matched talks (micro averages), as {@code score_summary.py} prints.
 *
 * @param reports the per-report rows, in file name order
 * @param mean    the means
 */
public record SummaryEvaluation(List<Row> reports, Means mean) {
    /** The verdict labels, in the scorer's order. */
    public static final List<String> VERDICTS = List.of("positive", "negative", "mixed", "neutral", "none");

    public SummaryEvaluation {
        reports = List.copyOf(reports);
        Objects.requireNonNull(mean, "mean");
    }

    /**
     * One report's counts.
     *
     * @param report its stem
     * @param scores its counts
     */
    public record Row(String report, SummaryScores scores) {
    }

    /**
     * The means over the matched talks of all reports.
     *
     * @param rouge1       mean ROUGE-1 F1 of the summaries
     * @param rouge2       mean ROUGE-2 F1
     * @param lead2Rouge1  mean ROUGE-1 F1 of the lead-2 baseline
     * @param lead2Rouge2  mean ROUGE-2 F1 of the lead-2 baseline
     * @param words        mean summary length in words
     * @param coverage     matched gold talks / gold talks
     * @param verdictAcc   verdict accuracy
     * @param verdictF1    F1 of each verdict label, in {@link #VERDICTS} order
     * @param macroF1      the mean of those F1
     * @param base         the most frequent gold verdict (of all gold talks)
     * @param baseAcc      its share: the accuracy of always answering it
     * @param goldVerdicts how often each gold verdict occurs, in order of first occurrence
     * @param confusion    matched talks by (gold, predicted) verdict, in order of first occurrence
     */
    public record Means(double rouge1, double rouge2, double lead2Rouge1, double lead2Rouge2, double words,
                        double coverage, double verdictAcc, Map<String, Double> verdictF1, double macroF1, String base,
                        double baseAcc, Map<String, Integer> goldVerdicts, Map<SummaryScores.Pair, Integer> confusion) {
        public Means {
            verdictF1 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdictF1));
            goldVerdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(goldVerdicts));
            confusion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(confusion));
        }

        /**
         * The share of matched talks with one of {@code gold} labels that were given exactly their label
         * (the recall of those classes together); 0 when there is none.
         */
        public double recall(List<String> gold) {
            int n = 0;
            int ok = 0;
            for (Map.Entry<SummaryScores.Pair, Integer> e : confusion.entrySet()) {
                if (gold.contains(e.getKey().gold())) {
                    n += e.getValue();
                    ok += e.getKey().gold().equals(e.getKey().predicted()) ? e.getValue() : 0;
                }
            }
            return n == 0 ? 0 : (double) ok / n;
        }

        /** Sums the rows as {@code score_summary.py} does (report by report, then divided). */
        static Means of(List<Row> rows) {
            double r1 = 0;
            double r2 = 0;
            double l1 = 0;
            double l2 = 0;
            long words = 0;
            int matched = 0;
            int gold = 0;
            int ok = 0;
            Map<SummaryScores.Pair, Integer> conf = new LinkedHashMap<>();
            Map<String, Integer> golds = new LinkedHashMap<>();
            for (Row row : rows) {
                SummaryScores s = row.scores();
                r1 += s.rouge1();
                r2 += s.rouge2();
                l1 += s.lead2Rouge1();
                l2 += s.lead2Rouge2();
                words += s.words();
                matched += s.matched();
                gold += s.gold();
                ok += s.verdictOk();
                s.verdicts().forEach(p -> conf.merge(p, 1, Integer::sum));
                s.goldVerdicts().forEach(v -> golds.merge(v, 1, Integer::sum));
            }
            int m = Math.max(matched, 1);
            Map<String, Double> f1 = new LinkedHashMap<>();
            double sum = 0;
            for (String v : VERDICTS) {
                f1.put(v, f1(v, conf));
                sum += f1.get(v);
            }
            String base = "none";
            int top = 0;
            int all = 0;
            for (Map.Entry<String, Integer> e : golds.entrySet()) {
                all += e.getValue();
                if (e.getValue() > top) {
                    top = e.getValue();
                    base = e.getKey();
                }
            }
            return new Means(r1 / m, r2 / m, l1 / m, l2 / m, (double) words / m, (double) matched / Math.max(gold, 1),
                    (double) ok / m, f1, sum / VERDICTS.size(), base, (double) top / Math.max(all, 1), golds, conf);
        }

        private static double f1(String v, Map<SummaryScores.Pair, Integer> conf) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Map.Entry<SummaryScores.Pair, Integer> e : conf.entrySet()) {
                boolean g = e.getKey().gold().equals(v);
                boolean p = e.getKey().predicted().equals(v);
                tp += g && p ? e.getValue() : 0;
                fp += p && !g ? e.getValue() : 0;
                fn += g && !p ? e.getValue() : 0;
            }
            return tp == 0 ? 0.0 : 2.0 * tp / (2 * tp + fp + fn);
        }
    }
}
