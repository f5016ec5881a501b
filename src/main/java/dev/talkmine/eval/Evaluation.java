package dev.talkmine.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring a gold folder: one row per gold report, in file name order, and the macro
 * means (the mean of the per-report scores), as {@code score.py --dir} prints them.
 *
 * @param reports the per-report rows
 * @param mean    the macro means
 */
public record Evaluation(List<Row> reports, Means mean) {
    /** Copies the rows. */
    public Evaluation {
        reports = List.copyOf(reports);
        Objects.requireNonNull(mean, "mean");
    }

    /**
     * One report's scores.
     *
     * @param report    the report's stem ({@code NN-slug} of {@code NN-slug.gold.json})
     * @param scores    its scores
     * @param hasOutput whether there was a prediction for it (without one it is scored as empty)
     */
    public record Row(String report, Scores scores, boolean hasOutput) {
        /** Checks that nothing is {@code null}. */
        public Row {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(scores, "scores");
        }
    }

    /**
     * Macro means over the reports: the mean F1 of each field, the mean title and kind accuracies,
     * and how many reports had no prediction.
     *
     * @param talks          mean talk F1
     * @param speakers       mean speaker F1
     * @param affiliations   mean affiliation F1
     * @param people         mean PERSON F1
     * @param organizations  mean ORGANIZATION F1
     * @param technologies   mean TECHNOLOGY F1
     * @param titles         mean title accuracy
     * @param kinds          mean kind accuracy
     * @param missingOutputs reports without a prediction
     */
    public record Means(double talks, double speakers, double affiliations, double people, double organizations,
            double technologies, double titles, double kinds, int missingOutputs) {

        /** The mean F1 of {@code field}. */
        public double f(Field field) {
            return switch (field) {
                case TALKS -> talks;
                case SPEAKERS -> speakers;
                case AFFILIATIONS -> affiliations;
                case PEOPLE -> people;
                case ORGANIZATIONS -> organizations;
                case TECHNOLOGIES -> technologies;
            };
        }

        /**
         * Averages the rows as {@code score.py} does (summed in order, then divided).
         *
         * @throws IllegalArgumentException if there are no rows
         */
        static Means of(List<Row> rows) {
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("no reports to average");
            }
            double[] sums = new double[Field.values().length];
            double titles = 0;
            double kinds = 0;
            int missing = 0;
            for (Row row : rows) {
                for (Field f : Field.values()) {
                    sums[f.ordinal()] += row.scores().prf(f).f();
                }
                titles += row.scores().titles().acc();
                kinds += row.scores().kinds().acc();
                missing += row.hasOutput() ? 0 : 1;
            }
            int n = rows.size();
            return new Means(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n,
                    titles / n, kinds / n, missing);
        }
    }
}
