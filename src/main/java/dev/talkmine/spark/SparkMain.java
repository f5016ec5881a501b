package dev.talkmine.spark;

import dev.talkmine.InputException;
import dev.talkmine.ModelException;
import dev.talkmine.PipelineConfig;
import dev.talkmine.batch.BatchResult;
import dev.talkmine.cli.PipelineOptions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit --class dev.talkmine.spark.SparkMain talkmine.jar INPUT OUTPUT [options]}:
 * the CLI's {@code run} on a Spark cluster, its command line read by picocli as the CLI's is. Exit
 * codes are the CLI's: 0 every report processed, 2 bad usage or input, 3 model or gazetteer missing
 * or malformed, 4 some reports failed (see {@code errors.csv/}), 1 anything else.
 */
@Command(name = "SparkMain", sortOptions = false,
        customSynopsis = "spark-submit [spark options] --class dev.talkmine.spark.SparkMain talkmine.jar INPUT OUTPUT [options]",
        description = "Processes reports on a Spark cluster into reports.jsonl/, talks.csv/, mentions.csv/, entities.csv/"
                + " and errors.csv/ (or .parquet/) under OUTPUT.",
        footer = "A --gazetteer or --models-dir is a path that exists on every node, or the name of a file shipped"
                + " with spark-submit --files.")
public final class SparkMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Reports: a Hadoop path (file, folder searched recursively, glob), or several separated by commas.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT",
            description = "Output directory (Hadoop path): reports.jsonl/, talks.csv/, mentions.csv/, entities.csv/, errors.csv/.")
    String output;

    @Option(names = "--format", split = ",", paramLabel = "F", defaultValue = "csv,json",
            description = "json, csv, parquet (default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @Mixin
    PipelineOptions pipeline; // the CLI's: --gazetteer, --models-dir, --encoding, --max-size

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--single-file", description = "One part file per output.")
    boolean singleFile;

    @Option(names = {"-q", "--quiet"}, description = "No summary line.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "This help.")
    boolean help;

    private final SparkSession spark;
    private final PrintStream err;

    private SparkMain(SparkSession spark, PrintStream err) {
        this.spark = spark;
        this.err = err;
    }

    /**
     * Runs a batch in the session that {@code spark-submit} configured, stops it and exits with the
     * CLI's exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code = run(args, null, System.err);
        System.exit(code);
    }

    /**
     * Runs a batch and returns the exit code instead of exiting.
     *
     * @param args  the command line
     * @param spark the session to use, or null to get (and afterwards stop) the session spark-submit configured
     * @param err   where messages, and the help, go
     * @return the exit code
     */
    public static int run(String[] args, SparkSession spark, PrintStream err) {
        CommandLine cl = new CommandLine(new SparkMain(spark, err));
        PrintWriter w = new PrintWriter(err, true, StandardCharsets.UTF_8);
        cl.setOut(w);
        cl.setErr(w);
        cl.setParameterExceptionHandler((e, a) -> usageError(e));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ParameterException p) {
                return usageError(p);
            }
            throw e;
        });
        return cl.execute(args);
    }

    private static int usageError(ParameterException e) {
        PrintWriter w = e.getCommandLine().getErr();
        w.println("talkmine: " + e.getMessage());
        e.getCommandLine().usage(w);
        return 2;
    }

    @Override
    public Integer call() {
        PipelineConfig config = pipeline.config();
        Set<SparkReports.Format> fmts = formats();
        SparkRunner runner = new SparkRunner(config).withPartitions(partitions());
        boolean own = spark == null;
        SparkSession session = own ? SparkSession.builder().appName("talkmine").getOrCreate() : spark;
        try {
            return process(runner, session, fmts);
        } catch (InputException e) {
            err.println("talkmine: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            ModelException model = modelCause(e);
            if (model != null) {
                err.println("talkmine: " + model.getMessage());
                return 3;
            }
            err.println("talkmine: unexpected error (a bug: please report it with this message): " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            if (own) {
                session.stop();
            }
        }
    }

    private int process(SparkRunner runner, SparkSession session, Set<SparkReports.Format> fmts) {
        long t0 = System.nanoTime();
        try (SparkReports reports = runner.process(session, List.of(input))) {
            if (reports.inputs() == 0) {
                err.println("talkmine: no .txt, .md or .html files found in " + input);
                return 2;
            }
            BatchResult r = reports.write(output, fmts, singleFile);
            double s = (System.nanoTime() - t0) / 1e9;
            if (r.hasFailures()) {
                for (String line : reports.failures(20)) {
                    err.println("talkmine: failed: " + line);
                }
                err.printf(Locale.ROOT, "talkmine: %d of %d reports processed, %d failed; see %s (%.1f s)%n",
                        r.processed(), reports.inputs(), r.failed(), output + "/errors.csv", s);
                return 4;
            }
            if (!quiet) {
                err.printf(Locale.ROOT, "talkmine: %d reports processed into %s (%.1f s)%n", r.processed(), output, s);
            }
            return 0;
        }
    }

    /** A model error on an executor reaches the driver as the cause of the job's failure. */
    private static ModelException modelCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelException m) {
                return m;
            }
        }
        return null;
    }

    /** The number of partitions: 0 (the default) when absent; a usage error unless it is positive. */
    private int partitions() {
        if (partitions == null) {
            return 0;
        }
        if (partitions <= 0) {
            throw new ParameterException(spec.commandLine(), "--partitions: expected a positive number, got '" + partitions + "'");
        }
        return partitions;
    }

    private Set<SparkReports.Format> formats() {
        Set<SparkReports.Format> out = EnumSet.noneOf(SparkReports.Format.class);
        for (String f : formats) {
            try {
                out.add(SparkReports.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--format: unknown format '" + f + "'; use json, csv, parquet or a comma-separated list");
            }
        }
        return out;
    }
}
