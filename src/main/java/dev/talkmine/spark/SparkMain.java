package dev.talkmine.spark;

import dev.talkmine.InputException;
import dev.talkmine.ModelException;
import dev.talkmine.PipelineConfig;
import dev.talkmine.batch.BatchResult;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class dev.talkmine.spark.SparkMain talkmine.jar INPUT OUTPUT [options]}:
 * the CLI's {@code run} on a Spark cluster. Exit codes are the CLI's: 0 every report processed,
 * 2 bad usage or input, 3 model or gazetteer missing or malformed, 4 some reports failed (see
 * {@code errors.csv/}), 1 anything else. No picocli: the cluster need not ship it.
 */
public final class SparkMain {
    static final String USAGE = String.join("\n",
            "Usage: spark-submit [spark options] --class dev.talkmine.spark.SparkMain talkmine.jar INPUT OUTPUT [options]",
            "  INPUT                 reports: a Hadoop path (file, folder searched recursively, glob), or several separated by commas",
            "  OUTPUT                output directory (Hadoop path): reports.jsonl/, talks.csv/, mentions.csv/, entities.csv/, errors.csv/",
            "  --format F[,F...]     json, csv, parquet (default: csv,json)",
            "  --gazetteer FILE      an extra gazetteer TSV; repeatable; a path on every node, or a file shipped with --files",
            "  --models-dir DIR      read the built-in gazetteers from DIR (on every node)",
            "  --encoding CHARSET    input encoding (default: UTF-8)",
            "  --max-size BYTES      largest report accepted (default: 20 MiB)",
            "  --partitions N        tasks (default: 4 per core of the cluster)",
            "  --single-file         one part file per output",
            "  -q, --quiet           no summary line",
            "  -h, --help            this help");

    private SparkMain() {
    }

    /** Parsed command line. */
    record Args(String input, String output, Set<SparkReports.Format> formats, PipelineConfig config, int partitions,
                boolean singleFile, boolean quiet) {
    }

    /** A usage error: exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
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
     * @param err   where messages go
     * @return the exit code
     */
    public static int run(String[] args, SparkSession spark, PrintStream err) {
        Args a;
        try {
            a = parse(args);
        } catch (UsageException e) {
            err.println("talkmine: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a == null) {
            err.println(USAGE);
            return 0;
        }
        boolean own = spark == null;
        SparkSession session = own ? SparkSession.builder().appName("talkmine").getOrCreate() : spark;
        long t0 = System.nanoTime();
        try (SparkReports reports = new SparkRunner(a.config()).withPartitions(a.partitions())
                .process(session, List.of(a.input()))) {
            if (reports.inputs() == 0) {
                err.println("talkmine: no .txt, .md or .html files found in " + a.input());
                return 2;
            }
            BatchResult r = reports.write(a.output(), a.formats(), a.singleFile());
            double s = (System.nanoTime() - t0) / 1e9;
            if (r.hasFailures()) {
                for (String line : reports.failures(20)) {
                    err.println("talkmine: failed: " + line);
                }
                err.printf(Locale.ROOT, "talkmine: %d of %d reports processed, %d failed; see %s (%.1f s)%n",
                        r.processed(), reports.inputs(), r.failed(), a.output() + "/errors.csv", s);
                return 4;
            }
            if (!a.quiet()) {
                err.printf(Locale.ROOT, "talkmine: %d reports processed into %s (%.1f s)%n", r.processed(), a.output(), s);
            }
            return 0;
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

    /** A model error on an executor reaches the driver as the cause of the job's failure. */
    private static ModelException modelCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ModelException m) {
                return m;
            }
        }
        return null;
    }

    /**
     * Parses the command line.
     *
     * @return the arguments, or null for {@code --help}
     * @throws UsageException when they are wrong
     */
    static Args parse(String[] args) {
        List<String> positional = new ArrayList<>();
        PipelineConfig config = PipelineConfig.defaults();
        Set<SparkReports.Format> formats = EnumSet.of(SparkReports.Format.CSV, SparkReports.Format.JSON);
        int partitions = 0;
        boolean singleFile = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String opt = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                opt = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (opt) {
                case "-h", "--help" -> {
                    return null;
                }
                case "-q", "--quiet" -> quiet = true;
                case "--single-file" -> singleFile = true;
                case "--format" -> formats = formats(inline != null ? inline : value(args, ++i, opt));
                case "--gazetteer" -> config = config.withGazetteer(inline != null ? inline : value(args, ++i, opt));
                case "--models-dir" -> config = config.withModelsDir(inline != null ? inline : value(args, ++i, opt));
                case "--encoding" -> {
                    String cs = inline != null ? inline : value(args, ++i, opt);
                    if (!Charset.isSupported(cs)) {
                        throw new UsageException("--encoding: unknown charset '" + cs + "'");
                    }
                    config = config.withEncoding(cs);
                }
                case "--max-size" -> config = config.withMaxBytes(positive(inline != null ? inline : value(args, ++i, opt), opt));
                case "--partitions" -> partitions = (int) positive(inline != null ? inline : value(args, ++i, opt), opt);
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 2) {
            throw new UsageException("expected INPUT and OUTPUT, got " + positional.size() + " argument(s)");
        }
        return new Args(positional.get(0), positional.get(1), formats, config, partitions, singleFile, quiet);
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new UsageException(opt + " needs a value");
        }
        return args[i];
    }

    private static long positive(String s, String opt) {
        try {
            long v = Long.parseLong(s.strip());
            if (v > 0 && v <= Integer.MAX_VALUE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(opt + ": expected a positive number, got '" + s + "'");
    }

    private static Set<SparkReports.Format> formats(String s) {
        Set<SparkReports.Format> out = EnumSet.noneOf(SparkReports.Format.class);
        for (String f : s.split(",")) {
            try {
                out.add(SparkReports.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--format: unknown format '" + f + "'; use json, csv, parquet or a comma-separated list");
            }
        }
        return out;
    }
}
