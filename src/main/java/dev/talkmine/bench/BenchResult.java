package dev.talkmine.bench;

import java.util.List;

/**
 * Everything one {@code talkmine bench} run measured; what {@code --json} writes.
 *
 * @param environment machine, load, Java, commit
 * @param settings    the options of the run
 * @param corpus      the throughput corpus
 * @param workers     one result per forked JVM
 * @param cliSeconds  wall time of {@code talkmine run SEED} in a fresh JVM, per try (empty when not measured)
 */
public record BenchResult(Environment environment, Settings settings, CorpusInfo corpus, List<WorkerResult> workers,
                          List<Double> cliSeconds) {

    /**
     * @param mode      throughput, scaling or all
     * @param baselines CoreNLP sides measured
     * @param runs      timed runs
     * @param warmup    warm-up passes
     * @param threads   thread counts of the scaling measurement
     * @param sizesMb   large report sizes (MB = 10^6 bytes)
     * @param jvmFlags  flags of every forked JVM
     * @param command   the worker command line, without the spec file
     */
    public record Settings(String mode, List<String> baselines, int runs, int warmup, List<Integer> threads,
                           List<Double> sizesMb, List<String> jvmFlags, String command) {
    }

    /**
     * @param reports reports in the corpus
     * @param tokens  CoreNLP tokens
     * @param bytes   UTF-8 bytes
     * @param sources the source reports the corpus cycles through
     */
    public record CorpusInfo(int reports, long tokens, long bytes, List<String> sources) {
    }
}
