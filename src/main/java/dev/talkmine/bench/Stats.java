package dev.talkmine.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Median, minimum, maximum and mean of a sample (the benchmark reports medians of runs, with
 * their spread).
 *
 * @param n      sample size
 * @param median the middle value; the mean of the two middle values for an even sample
 */
public record Stats(int n, double median, double min, double max, double mean) {

    /** Statistics of {@code values}; all NaN (and n = 0) for an empty sample. */
    public static Stats of(Collection<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** Statistics of {@code values}; all NaN (and n = 0) for an empty sample. */
    public static Stats of(double... values) {
        if (values.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return new Stats(n, median, v[0], v[n - 1], sum / n);
    }

}
