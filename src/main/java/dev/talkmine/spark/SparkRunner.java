package dev.talkmine.spark;

import dev.talkmine.PipelineConfig;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs talkmine's pipeline over a Spark cluster: the library entry point behind {@link SparkMain}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().getOrCreate();
 * try (SparkReports reports = new SparkRunner(PipelineConfig.defaults()).process(spark, List.of("s3a://bucket/reports/"))) {
 *     reports.write("s3a://bucket/talkmine/", EnumSet.of(SparkReports.Format.JSON, SparkReports.Format.PARQUET), false);
 *     reports.table(CsvTables.Table.TALKS).groupBy("kind").count().show();
 * }
 * }</pre>
 *
 * <p>The driver lists the reports ({@link SparkInputs}) and hands contiguous slices of the list to
 * the executors, so the partitions are in input order and no output needs a sort. Only the
 * {@link PipelineConfig} and the Hadoop configuration travel with the tasks; each executor JVM
 * builds one pipeline ({@link PipelineCache}) and reuses it for all its partitions.
 */
public final class SparkRunner {
    private final PipelineConfig config;
    private final int partitions;

    /**
     * A runner with the default number of partitions.
     *
     * @param config the pipeline's configuration
     */
    public SparkRunner(PipelineConfig config) {
        this(config, 0);
    }

    private SparkRunner(PipelineConfig config, int partitions) {
        this.config = Objects.requireNonNull(config, "config");
        this.partitions = partitions;
    }

    /**
     * A runner like this one that splits the batch into {@code n} partitions (tasks); 0 for the
     * default, four per core of the cluster ({@code defaultParallelism}), at most one per report.
     *
     * @param n the number of partitions, or 0
     * @return a new runner
     */
    public SparkRunner withPartitions(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + n);
        }
        return new SparkRunner(config, n);
    }

    /**
     * The configuration the executors build their pipeline from.
     *
     * @return the configuration
     */
    public PipelineConfig config() {
        return config;
    }

    /**
     * Lists the inputs and defines the processing (lazy: it runs when an output is first written or
     * read, once, then comes from the cache).
     *
     * @param spark  the session
     * @param inputs Hadoop paths, folders or globs of reports
     * @return the outputs; close them to release the cache
     * @throws dev.talkmine.InputException when an input names nothing
     */
    public SparkReports process(SparkSession spark, List<String> inputs) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<SparkInputs.InputFile> files = SparkInputs.list(sc.hadoopConfiguration(), inputs);
        int n = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        n = Math.max(1, Math.min(n, files.size()));
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(sc.hadoopConfiguration()));
        JavaRDD<Outcome> outcomes = sc.parallelize(files, n)
                .mapPartitions(new ReportProcessor(config, conf))
                .setName("talkmine reports")
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkReports(spark, outcomes, files.size());
    }
}
