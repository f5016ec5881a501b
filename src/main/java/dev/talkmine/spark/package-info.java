/**
 * The same pipeline on Apache Spark: {@link dev.talkmine.spark.SparkMain} for {@code spark-submit},
 * {@link dev.talkmine.spark.SparkRunner} for a {@code SparkSession} in your own program. Spark is a
 * {@code provided} dependency: only this package uses it, and library and CLI users never load it.
 * See {@code docs/spark.md}.
 *
 * <p><b>API.</b> Public and kept stable: the Spark entry points {@link dev.talkmine.spark.SparkMain} and {@link dev.talkmine.spark.SparkRunner}; the rest is package-private.
 */
package dev.talkmine.spark;
