package dev.talkmine.eval;

/**
 * Precision, recall and F1 of one field, as {@code prf()} in {@code score.py} computes them.
 *
 * @param p precision
 * @param r recall
 * @param f F1, the harmonic mean of {@code p} and {@code r} ({@code 0} when both are 0)
 */
public record Prf(double p, double r, double f) {
    /**
     * Scores {@code tp} correct out of {@code npred} predicted and {@code ngold} gold items. With
     * nothing predicted, precision is 1 if there was nothing to find and 0 otherwise; with nothing
     * to find, recall is 1 if nothing was predicted and 0 otherwise. So an empty prediction for an
     * empty gold scores 1, and a prediction where the gold has nothing scores 0.
     */
    public static Prf of(int tp, int npred, int ngold) {
        double p = npred != 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold != 0 ? (double) tp / ngold : (npred == 0 ? 1.0 : 0.0);
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
