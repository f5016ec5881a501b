package dev.talkmine.cli;

import dev.talkmine.bench.Bench;
import dev.talkmine.bench.BenchReport;
import dev.talkmine.bench.BenchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code talkmine bench}: throughput, start-up, memory and scaling, against CoreNLP's default pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures talkmine's full pipeline and CoreNLP's default English pipeline"
            + " (tokenize,ssplit,pos,lemma,ner) in the same run, each in a fresh JVM with the same flags:"
            + " tokens/s, reports/s, model load, time to first output, peak heap, and the ratios;"
            + " with --mode scaling or all also 1 vs 2 threads and single reports of 1, 2 and 5 MB."
            + " Run from the project directory (the corpus is built from input/europython-2015.txt)."
            + " See docs/performance.md.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "More source reports (.txt, .md, .html, recursively) besides the seed; repeatable.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "input/europython-2015.txt",
            description = "The shipped report the corpus starts from, and the 'first report' timed after load"
                    + " (default: ${DEFAULT-VALUE}).")
    Path seed;

    @Option(names = "--min-tokens", paramLabel = "N", defaultValue = "200000",
            description = "The corpus holds at least N CoreNLP tokens (default: ${DEFAULT-VALUE}).")
    long minTokens;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed passes; medians are over them (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed passes before the timed ones (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "throughput",
            description = "throughput, scaling or all (default: ${DEFAULT-VALUE}).")
    String mode;

    @Mixin
    BenchBaselines baselines;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Thread counts compared in scaling mode (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--sizes", paramLabel = "MB", split = ",", defaultValue = "1,2,5",
            description = "Sizes of the single large reports in scaling mode, in MB (default: ${DEFAULT-VALUE}).")
    List<Double> sizes;

    @Option(names = "--cli-runs", paramLabel = "N", defaultValue = "3",
            description = "Times a cold 'talkmine run <seed>' in a fresh JVM N times (default: ${DEFAULT-VALUE}).")
    int cliRuns;

    @Option(names = "--no-profile", description = "Skip the per-stage profile of talkmine.")
    boolean noProfile;

    @Option(names = "--profile-large",
            description = "Also time each stage on each large report (scaling mode; takes as long again).")
    boolean profileLarge;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write everything measured as JSON to FILE.")
    Path json;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Keep the corpus and the workers' results in DIR (default: a temporary folder, deleted).")
    Path workDir;

    /**
     * Runs {@code bench} on its own ({@code java -cp target/talkmine.jar dev.talkmine.cli.BenchCommand ...}),
     * for when it is not registered as a subcommand of {@code talkmine}.
     */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? ExitCodes.USAGE : ExitCodes.BUG);
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(seed)) {
            throw new ParameterException(spec.commandLine(), seed + " not found: run from the project directory or pass --seed");
        }
        Path dir = workDir != null ? workDir : Files.createTempDirectory("talkmine-bench");
        Bench.Options options;
        try {
            options = new Bench.Options(seed, corpus, minTokens, runs, warmup, mode, baselines.sides(), threads, sizes,
                    baselines.jvmFlags(), baselines.baselineJvmFlags(), cliRuns, !noProfile, profileLarge, dir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            BenchResult result = Bench.run(options, spec.commandLine().getErr());
            spec.commandLine().getOut().print(BenchReport.table(result));
            spec.commandLine().getOut().flush();
            if (json != null) {
                Files.writeString(json, BenchReport.json(result), StandardCharsets.UTF_8);
            }
        } finally {
            if (workDir == null) {
                Bench.deleteTree(dir);
            }
        }
        return ExitCodes.OK;
    }
}
