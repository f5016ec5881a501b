package dev.talkmine.bench;

import java.util.List;

/**
 * What one forked benchmark JVM does (written as JSON by the parent, read by {@link BenchWorker}).
 *
 * @param task       {@code throughput} (warm-up then timed passes over the corpus at each thread
 *                   count), {@code large} (single large reports, one thread) or {@code profile}
 *                   (time per talkmine stage)
 * @param side       a {@link Side} id
 * @param corpusFile the reports, as JSON (a list of {@link BenchDoc})
 * @param seedFile   the report timed as "first report" after model load
 * @param threads    thread counts, each measured in every run (interleaved)
 * @param warmup     untimed passes before the timed ones
 * @param runs       timed passes per thread count
 * @param outFile    where the worker writes its {@link WorkerResult}
 * @param driven     {@code throughput} only: after the warm-up the parent asks for each timed pass
 *                   over stdin, part of the corpus at a time, so that the sides' passes interleave
 *                   ({@link DrivenWorker}); {@code runs} is then the parent's business
 */
public record WorkerSpec(String task, String side, String corpusFile, String seedFile, List<Integer> threads,
                         int warmup, int runs, String outFile, boolean driven) {
}
