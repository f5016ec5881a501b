package dev.talkmine.cli;

import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.batch.BatchResult;
import dev.talkmine.batch.BatchRunner;
import dev.talkmine.batch.Input;
import dev.talkmine.batch.Inputs;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code talkmine run}: processes files and folders into JSON, CSV, a workbook and an overview. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Processes reports (.txt, .md, .html; folders recursively; - for standard input)"
            + " and writes DIR/<report>.json, talks.csv, mentions.csv, entities.csv, errors.csv, talkmine.xlsx"
            + " and index.html.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Report files or folders; - reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "csv,json,xlsx",
            description = "Outputs to write: any of csv, json, xlsx (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--csv-bom",
            description = "Start each CSV table with a UTF-8 byte-order mark, for spreadsheet programs that"
                    + " otherwise read it in the locale's legacy encoding.")
    boolean csvBom;

    @Mixin
    ThreadOptions threads;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s", converter = Units.DurationConverter.class,
            description = "Time limit per report, e.g. 120s, 5m, 500ms; 0 for none (default: ${DEFAULT-VALUE});"
                    + " a report still running then is abandoned as an error row.")
    Duration timeout;

    @Option(names = "--resume",
            description = "Skip reports whose outputs in DIR an earlier (possibly interrupted) run completed for the same"
                    + " input bytes; reprocess the rest; write complete tables.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no closing summary line.")
    boolean quiet;

    @Option(names = "--no-html", description = "Do not write DIR/index.html, the HTML overview of the batch.")
    boolean noHtml;

    @Override
    public Integer call() throws IOException {
        Set<BatchWriter.Format> fmts = parseFormats();
        int n = threads.count();
        PipelineConfig config = pipeline.config();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> batch = Inputs.expand(inputs, output, notice -> err.println("talkmine: " + notice));
        if (batch.isEmpty()) {
            err.println("talkmine: no .txt, .md or .html files found in " + String.join(" ", inputs));
            return ExitCodes.USAGE;
        }
        Talkmine talkmine = config.build();
        Progress progress = new Progress(err, batch.size(), !quiet && System.console() != null, !quiet);
        BatchResult result;
        DocumentReader reader = config.reader();
        try (BatchWriter writer = BatchWriter.open(output, fmts,
                talkmine.setup() + " encoding=" + reader.charset().name(), csvBom); // the setup: what --resume must match
             OverviewWriter overview = noHtml ? null : OverviewWriter.open(output)) {
            if (resume) {
                writer.deleteStrayTempFiles();
            }
            result = new BatchRunner(talkmine, reader, n).withTimeout(timeout).resuming(resume)
                    .run(batch, writer, overview, System.in, progress::done, progress::error);
        }
        progress.finish(result, output);
        return result.hasFailures() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private Set<BatchWriter.Format> parseFormats() {
        Set<BatchWriter.Format> out = EnumSet.noneOf(BatchWriter.Format.class);
        for (String f : formats) {
            try {
                out.add(BatchWriter.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: unknown format '" + f + "'; use csv, json, xlsx or a list such as csv,json");
            }
        }
        return out;
    }

    /** The progress line on stderr (only on a terminal) and the closing summary (unless quiet). */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean live;
        private final boolean summary;

        Progress(PrintWriter err, int total, boolean live, boolean summary) {
            this.err = err;
            this.total = total;
            this.live = live;
            this.summary = summary;
        }

        synchronized void done(int n) {
            if (live) {
                err.print("\rtalkmine: " + n + "/" + total + " reports");
                err.flush();
            }
        }

        synchronized void error(String line) {
            err.println((live ? "\r" : "") + "talkmine: failed: " + line);
        }

        synchronized void finish(BatchResult r, Path dir) {
            if (live) {
                err.println();
            }
            if (r.restored() > 0) {
                err.println("talkmine: --resume: " + r.restored() + " of " + total
                        + " reports were already complete and not processed again");
            }
            if (r.hasFailures()) {
                err.println("talkmine: " + r.processed() + " of " + total + " reports processed, " + r.failed()
                        + " failed; see " + dir.resolve("errors.csv"));
            }
            // also when stderr is no terminal: a script's log says what a run did and where it went
            if (summary) {
                err.println("talkmine: " + count(r.processed(), "report") + ", " + count(r.talks(), "talk") + ", "
                        + count(r.failed(), "error") + " \u2192 " + dir);
            }
            err.flush();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
