package dev.talkmine.bench;

import java.util.List;

/**
 * What one forked benchmark JVM measured. Times in seconds, memory in bytes; -1 when not measured.
 *
 * @param task                     as in {@link WorkerSpec}
 * @param side                     a {@link Side} id
 * @param loadSeconds              building the pipeline (loading models), in a fresh JVM
 * @param firstReportSeconds       the seed report, right after loading (cold JIT)
 * @param jvmStartToFirstSeconds   from JVM start to the seed report's output
 * @param heapAfterLoadBytes       heap used after load + first report and a full GC (what stays resident)
 * @param peakHeapLoadBytes        peak heap used during load + first report
 * @param peakHeapBytes            peak heap used during warm-up and timed passes: the larger of the
 *                                 sampled total and the total just before each GC
 * @param peakLiveHeapBytes        the largest heap used just after a GC during warm-up and timed passes
 * @param peakRssBytes             the process's peak resident set (VmHWM), whole life
 * @param gcSeconds                GC time during the timed passes
 * @param corpusReports            reports in the corpus (1 per large report for {@code large})
 * @param corpusTokens             CoreNLP tokens in the corpus
 * @param corpusBytes              UTF-8 bytes of the corpus
 * @param ownTokens                tokens by the side's own tokenizer in one pass (-1 when not counted)
 * @param passes                   every timed pass
 * @param stages                   time per stage ({@code profile} only)
 * @param notes                    anything the reader must know (e.g. a check that failed)
 * @param jvmFlags                 the worker JVM's input arguments
 */
public record WorkerResult(String task, String side, double loadSeconds, double firstReportSeconds,
                           double jvmStartToFirstSeconds, long heapAfterLoadBytes, long peakHeapLoadBytes,
                           long peakHeapBytes, long peakLiveHeapBytes, long peakRssBytes, double gcSeconds,
                           int corpusReports, long corpusTokens, long corpusBytes, long ownTokens,
                           List<Pass> passes, List<StageTime> stages, List<String> notes, List<String> jvmFlags) {

    /**
     * One timed pass.
     *
     * @param what    {@code corpus}, or the id of a large report
     * @param threads worker threads
     * @param run     run number, from 1
     * @param seconds wall time
     * @param tokens  CoreNLP tokens processed
     * @param reports reports processed
     * @param bytes   UTF-8 bytes processed
     */
    public record Pass(String what, int threads, int run, double seconds, long tokens, int reports, long bytes) {
        /** Tokens per second. */
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /** Reports per second. */
        public double reportsPerSecond() {
            return reports / seconds;
        }

        /** This pass and {@code other}, a later part of the same run, as one pass. */
        public Pass plus(Pass other) {
            return new Pass(what, threads, run, seconds + other.seconds, tokens + other.tokens, reports + other.reports,
                    bytes + other.bytes);
        }
    }

    /**
     * Time spent in one stage over a profiled pass.
     *
     * @param what    {@code corpus} (summed over the corpus) or the id of a large report
     * @param stage   stage name ({@code read} and {@code json} are the input and output steps)
     * @param seconds total over the pass
     * @param share   fraction of the pass
     */
    public record StageTime(String what, String stage, double seconds, double share) {
    }
}
