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
    /** Parts of the corpus a throughput run is cut into, the sides taking turns part by part (about 20 s of CoreNLP each). */
    static final int PARTS = 10;

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
     * @param baselineJvmFlags flags of the CoreNLP JVMs (CoreNLP's default pipeline needs more heap than talkmine)
     * @param cliRuns    fresh-JVM {@code talkmine run SEED} timings (0: none)
     * @param profile      time talkmine's stages on the corpus (throughput mode)
     * @param profileLarge time talkmine's stages on each large report too (scaling mode; as long again)
     * @param workDir      where the corpus and worker results go
     */
    public record Options(Path seed, List<Path> corpusDirs, long minTokens, int runs, int warmup, String mode,
                          List<Side> baselines, List<Integer> threads, List<Double> sizesMb, List<String> jvmFlags,
                          List<String> baselineJvmFlags, int cliRuns, boolean profile, boolean profileLarge, Path workDir) {
        public Options {
            Objects.requireNonNull(seed, "seed");
            corpusDirs = List.copyOf(corpusDirs);
            baselines = List.copyOf(baselines);
            threads = List.copyOf(threads);
            sizesMb = List.copyOf(sizesMb);
            jvmFlags = List.copyOf(jvmFlags);
            baselineJvmFlags = List.copyOf(baselineJvmFlags);
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
                results.addAll(interleaved(o, corpus, corpusFile, err));
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
                o.threads(), o.sizesMb(), o.jvmFlags(), o.baselineJvmFlags(),
                String.join(" ", javaCommand(o.jvmFlags(), "dev.talkmine.bench.BenchWorker")));
    }

    /** java FLAGS -cp CLASSPATH MAIN: the same JVM and classpath as this one. */
    static List<String> javaCommand(List<String> jvmFlags, String main) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        return cmd;
    }

    /**
     * talkmine at 1 thread and each baseline, each in its own JVM loaded and warmed up in turn, their
     * timed passes interleaved part by part ({@value #PARTS} parts a run) so that the machine's load
     * hits them alike; in mode {@code all}, talkmine's other thread counts once a run over the
     * whole corpus, right after the run's parts.
     */
    private static List<WorkerResult> interleaved(Options o, List<BenchDoc> corpus, Path corpusFile, PrintWriter err)
            throws IOException {
        List<Integer> tmThreads = new ArrayList<>(List.of(1));
        if (o.scaling()) {
            o.threads().stream().filter(t -> t != 1).forEach(tmThreads::add);
        }
        List<Side> sides = new ArrayList<>(List.of(Side.TALKMINE));
        sides.addAll(o.baselines());
        List<DrivenWorker> workers = new ArrayList<>();
        try {
            for (Side side : sides) {
                List<Integer> threads = side == Side.TALKMINE ? tmThreads : List.of(1);
                Path out = resultFile(o, "throughput", side);
                workers.add(DrivenWorker.start("throughput/" + side.id(),
                        workerCommand(o, "throughput", side, corpusFile, threads, true, out, err), out));
            }
            int n = corpus.size();
            int step = partSize(n);
            double tokens = corpus.stream().mapToLong(BenchDoc::tokens).sum();
            for (int run = 1; run <= o.runs(); run++) {
                double[] seconds = new double[workers.size()];
                for (int from = 0; from < n; from += step) {
                    for (int i = 0; i < workers.size(); i++) {
                        seconds[i] += workers.get(i).pass(run, 1, from, Math.min(n, from + step));
                    }
                }
                for (int t : tmThreads.subList(1, tmThreads.size())) {
                    workers.get(0).pass(run, t, 0, n);
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "talkmine bench: run %d/%d, 1 thread, the sides taking turns in %d parts:", run, o.runs(), parts(n)));
                for (int i = 0; i < sides.size(); i++) {
                    line.append(String.format(Locale.ROOT, " %s %,.0f tokens/s%s", sides.get(i).id(), tokens / seconds[i],
                            i == 0 ? "" : String.format(Locale.ROOT, " (talkmine %.2fx)", seconds[i] / seconds[0])));
                }
                err.println(line);
                err.flush();
            }
            List<WorkerResult> out = new ArrayList<>();
            for (DrivenWorker w : workers) {
                out.add(w.finish());
            }
            return out;
        } finally {
            workers.forEach(DrivenWorker::close);
        }
    }

    /** Reports in each part of a throughput run over {@code reports} reports (the last part may be smaller). */
    static int partSize(int reports) {
        return Math.max(1, (reports + PARTS - 1) / PARTS);
    }

    /** How many parts a throughput run over {@code reports} reports is cut into: at most {@value #PARTS}. */
    static int parts(int reports) {
        return (reports + partSize(reports) - 1) / partSize(reports);
    }

    private static WorkerResult fork(Options o, String task, Side side, Path corpusFile, List<Integer> threads,
                                     PrintWriter err) throws IOException {
        Path out = resultFile(o, task, side);
        return result(task + "/" + side.id(), exec(workerCommand(o, task, side, corpusFile, threads, false, out, err)), out);
    }

    /** What worker {@code name}, ended with exit code {@code code}, wrote to {@code out}; fails if it failed. */
    static WorkerResult result(String name, int code, Path out) throws IOException {
        if (code != 0 || !Files.isRegularFile(out)) {
            throw new IllegalStateException("benchmark worker " + name + " failed (exit code " + code + "); its messages are above");
        }
        return BenchJson.read(out, WorkerResult.class);
    }

    private static Path resultFile(Options o, String task, Side side) {
        return o.workDir().resolve(task + "-" + side.id() + "-" + System.nanoTime() + ".result.json");
    }

    /** Writes the worker's spec beside {@code out} and returns the command that starts it; says so on {@code err}. */
    private static List<String> workerCommand(Options o, String task, Side side, Path corpusFile, List<Integer> threads,
                                              boolean driven, Path out, PrintWriter err) throws IOException {
        Path spec = Path.of(out.toString().replace(".result.json", ".spec.json"));
        BenchJson.write(spec, new WorkerSpec(task, side.id(), corpusFile.toString(), o.seed().toString(), threads,
                o.warmup(), task.equals("profile") ? 1 : o.runs(), out.toString(), driven));
        List<String> flags = side == Side.TALKMINE ? o.jvmFlags() : o.baselineJvmFlags();
        List<String> cmd = javaCommand(flags, "dev.talkmine.bench.BenchWorker");
        cmd.add(spec.toString());
        err.printf("talkmine bench: %s of %s (%s), fresh JVM %s%s%n", task, side.id(), side.label(), flags,
                driven ? ", timed passes taking turns with the other sides" : "");
        err.flush();
        return cmd;
    }

    /** Wall time of {@code talkmine run SEED -o TMP -q} in a fresh JVM, in seconds. */
    private static double cliRun(Options o, PrintWriter err) throws IOException {
        Path outDir = Files.createTempDirectory(o.workDir(), "cli-out");
        List<String> cmd = javaCommand(o.jvmFlags(), "dev.talkmine.cli.Main");
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
        return exitCode(pb.start());
    }

    /** Waits for {@code p} to end and returns its exit code; kills it if this thread is interrupted. */
    static int exitCode(Process p) {
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
