/**
 * The same pipeline on Apache Spark: {@link dev.talkmine.spark.SparkMain} for {@code spark-submit},
 * {@link dev.talkmine.spark.SparkRunner} for a {@code SparkSession} in your own program. Spark is a
 * {@code provided} dependency: only this package uses it, and library and CLI users never load it.
 * See {@code docs/spark.md}.
 */
package dev.talkmine.spark;
