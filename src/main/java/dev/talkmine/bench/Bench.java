package dev.talkmine.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the benchmark: builds the corpus, forks one JVM per side and task (same classpath, same JVM
 * flags), collects their results. The table goes to {@code out}, progress to {@code err} (and the
 * workers' progress to this process's stderr).
 */
public final class Bench {
    /** The worker JVMs' flags unless told otherwise: those of the {@code talkmine} wrapper script. */
    public static final List<String> DEFAULT_JVM_FLAGS = List.of("-Xmx2g", "-XX:+UseParallelGC");

    private Bench() {
    }

    /**
     * The options of a run.
     *
     * @param seed       the shipped seed report (input/europython-2015.txt); also the "first report"
     * @param corpusDirs extra source reports
     * @param minTokens  the corpus holds at least this many CoreNLP tokens
     * @param runs       timed runs (medians are taken over them)
     * @param warmup     untimed passes before them
     * @param mode       throughput, scaling or all
     * @param baselines  CoreNLP sides to measure
     * @param threads    thread counts compared in scaling mode
     * @param sizesMb    sizes of the single large reports in scaling mode
     * @param jvmFlags   flags of the forked JVMs
     * @param cliRuns    fresh-JVM {@code talkmine run SEED} timings (0: none)
     * @param profile      time talkmine's stages on the corpus (throughput mode)
     * @param profileLarge time talkmine's stages on each large report too (scaling mode; as long again)
     * @param workDir      where the corpus and worker results go
     */
    public record Options(Path seed, List<Path> corpusDirs, long minTokens, int runs, int warmup, String mode,
                          List<Side> baselines, List<Integer> threads, List<Double> sizesMb, List<String> jvmFlags,
                          int cliRuns, boolean profile, boolean profileLarge, Path workDir) {
        public Options {
            Objects.requireNonNull(seed, "seed");
            corpusDirs = List.copyOf(corpusDirs);
            baselines = List.copyOf(baselines);
            threads = List.copyOf(threads);
            sizesMb = List.copyOf(sizesMb);
            jvmFlags = List.copyOf(jvmFlags);
            if (!List.of("throughput", "scaling", "all").contains(mode)) {
                throw new IllegalArgumentException("mode must be throughput, scaling or all, was " + mode);
            }
            if (runs < 1 || warmup < 0 || minTokens < 1 || cliRuns < 0) {
                throw new IllegalArgumentException("runs >= 1, warmup >= 0, min-tokens >= 1, cli-runs >= 0");
            }
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
        }

        boolean throughput() {
            return !mode.equals("scaling");
        }

        boolean scaling() {
            return !mode.equals("throughput");
        }
    }

    /** Runs the benchmark and returns what it measured (the caller prints it). */
    public static BenchResult run(Options o, PrintWriter err) {
        Environment env = Environment.capture();
        try {
            Files.createDirectories(o.workDir());
            err.println("talkmine bench: building the corpus (>= " + o.minTokens() + " CoreNLP tokens) from " + o.seed()
                    + (o.corpusDirs().isEmpty() ? "" : " and " + o.corpusDirs()));
            err.flush();
            TokenCounter counter = new TokenCounter();
            List<CorpusBuilder.Source> sources = CorpusBuilder.sources(o.seed(), o.corpusDirs());
            CorpusBuilder builder = new CorpusBuilder(sources, counter);
            List<BenchDoc> corpus = builder.corpus(o.minTokens());
            Path corpusFile = o.workDir().resolve("corpus.json");
            BenchJson.write(corpusFile, corpus);
            BenchResult.CorpusInfo info = new BenchResult.CorpusInfo(corpus.size(),
                    corpus.stream().mapToLong(BenchDoc::tokens).sum(), corpus.stream().mapToLong(BenchDoc::bytes).sum(),
                    sources.stream().map(CorpusBuilder.Source::id).toList());
            err.printf(Locale.ROOT, "talkmine bench: corpus of %d reports, %,d tokens, %.2f MB%n", info.reports(), info.tokens(),
                    info.bytes() / 1e6);

            List<WorkerResult> results = new ArrayList<>();
            List<Double> cli = new ArrayList<>();
            if (o.throughput()) {
                List<Integer> tmThreads = o.scaling() ? o.threads() : List.of(1);
                results.add(fork(o, "throughput", Side.TALKMINE, corpusFile, tmThreads, err));
                for (Side b : o.baselines()) {
                    results.add(fork(o, "throughput", b, corpusFile, List.of(1), err));
                }
                if (o.profile()) {
                    results.add(fork(o, "profile", Side.TALKMINE, corpusFile, List.of(1), err));
                }
                for (int i = 0; i < o.cliRuns(); i++) {
                    cli.add(cliRun(o, err));
                }
            } else {
                results.add(fork(o, "throughput", Side.TALKMINE, corpusFile, o.threads(), err));
            }
            if (o.scaling()) {
                List<BenchDoc> large = new ArrayList<>();
                for (double mb : o.sizesMb()) {
                    large.add(builder.largeReport(label(mb), Math.round(mb * 1e6)));
                }
                Path largeFile = o.workDir().resolve("large.json");
                BenchJson.write(largeFile, large);
                results.add(fork(o, "large", Side.TALKMINE, largeFile, List.of(1), err));
                if (o.profileLarge()) {
                    results.add(fork(o, "profile", Side.TALKMINE, largeFile, List.of(1), err));
                }
            }
            return new BenchResult(env.finished(), settings(o), info, results, cli);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "1MB", "2.5MB". */
    static String label(double mb) {
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb)) + "MB";
    }

    private static BenchResult.Settings settings(Options o) {
        return new BenchResult.Settings(o.mode(), o.baselines().stream().map(Side::id).toList(), o.runs(), o.warmup(),
                o.threads(), o.sizesMb(), o.jvmFlags(), String.join(" ", javaCommand(o, "dev.talkmine.bench.BenchWorker")));
    }

    /** java FLAGS -cp CLASSPATH MAIN: the same JVM and classpath as this one. */
    static List<String> javaCommand(Options o, String main) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(o.jvmFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        return cmd;
    }

    private static WorkerResult fork(Options o, String task, Side side, Path corpusFile, List<Integer> threads,
                                     PrintWriter err) throws IOException {
        String name = task + "-" + side.id() + "-" + System.nanoTime();
        Path spec = o.workDir().resolve(name + ".spec.json");
        Path out = o.workDir().resolve(name + ".result.json");
        BenchJson.write(spec, new WorkerSpec(task, side.id(), corpusFile.toString(), o.seed().toString(), threads,
                o.warmup(), task.equals("profile") ? 1 : o.runs(), out.toString()));
        List<String> cmd = javaCommand(o, "dev.talkmine.bench.BenchWorker");
        cmd.add(spec.toString());
        err.printf("talkmine bench: %s of %s (%s), fresh JVM %s%n", task, side.id(), side.label(), o.jvmFlags());
        err.flush();
        int code = exec(cmd);
        if (code != 0 || !Files.isRegularFile(out)) {
            throw new IllegalStateException("benchmark worker " + task + "/" + side.id() + " failed (exit code " + code
                    + "); its messages are above");
        }
        return BenchJson.read(out, WorkerResult.class);
    }

    /** Wall time of {@code talkmine run SEED -o TMP -q} in a fresh JVM, in seconds. */
    private static double cliRun(Options o, PrintWriter err) throws IOException {
        Path outDir = Files.createTempDirectory(o.workDir(), "cli-out");
        List<String> cmd = javaCommand(o, "dev.talkmine.cli.Main");
        cmd.addAll(List.of("run", o.seed().toString(), "-o", outDir.toString(), "-q"));
        long t = System.nanoTime();
        int code = exec(cmd);
        double s = (System.nanoTime() - t) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("talkmine run " + o.seed() + " failed with exit code " + code);
        }
        err.printf(Locale.ROOT, "talkmine bench: cold 'talkmine run %s' in %.2f s%n", o.seed(), s);
        err.flush();
        deleteTree(outDir);
        return s;
    }

    private static int exec(List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Deletes a directory tree (the work directory when the caller made a temporary one). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
