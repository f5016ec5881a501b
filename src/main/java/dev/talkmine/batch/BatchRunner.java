package dev.talkmine.batch;

import dev.talkmine.InputException;
import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.overview.OverviewWriter;
import dev.talkmine.pipeline.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a batch: reads, processes and writes each input on a pool of threads. A report that
 * cannot be read or processed becomes a row in errors.csv and never stops the others. Outputs are
 * the same bytes whatever the thread count, because the writer orders rows by input position.
 */
public final class BatchRunner {
    private final Talkmine talkmine;
    private final DocumentReader reader;
    private final int threads;

    /**
     * @param threads worker threads, at least 1
     */
    public BatchRunner(Talkmine talkmine, DocumentReader reader, int threads) {
        this.talkmine = Objects.requireNonNull(talkmine, "talkmine");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Processes every input into {@code writer}.
     *
     * @param stdin    where {@code -} reads from
     * @param progress told the number of finished reports after each one
     * @param errors   told one line per failed report ("file: stage: reason")
     */
    public BatchResult run(List<Input> inputs, BatchWriter writer, InputStream stdin, IntConsumer progress,
                           java.util.function.Consumer<String> errors) {
        return run(inputs, writer, null, stdin, progress, errors);
    }

    /**
     * Processes every input into {@code writer} and, unless it is null, into {@code overview}
     * (the HTML overview; closing it is the caller's job, as for {@code writer}).
     */
    public BatchResult run(List<Input> inputs, BatchWriter writer, OverviewWriter overview, InputStream stdin,
                           IntConsumer progress, java.util.function.Consumer<String> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "talkmine-worker");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Input in : inputs) {
                futures.add(pool.submit(() -> {
                    String failure = one(in, writer, overview, stdin);
                    if (failure != null) {
                        failed.incrementAndGet();
                        errors.accept(failure);
                    }
                    progress.accept(done.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new BatchResult(inputs.size() - failed.get(), failed.get());
    }

    /** Processes one input; returns a failure line, or null when it was written. */
    private String one(Input in, BatchWriter writer, OverviewWriter overview, InputStream stdin) {
        String stage = "read";
        try {
            Document doc = in.isStdin()
                    ? reader.read(in.id(), "-", stdin.readAllBytes(), InputFormat.TXT)
                    : reader.read(in.path()).withId(in.id());
            stage = "process";
            Report report = talkmine.process(doc);
            stage = "write";
            writer.write(in.order(), report);
            if (overview != null) {
                overview.add(in.order(), report);
            }
            return null;
        } catch (StageException e) {
            return fail(writer, overview, in, e.stage(), String.valueOf(e.getCause()));
        } catch (InputException e) {
            return fail(writer, overview, in, stage, e.getMessage());
        } catch (IOException e) {
            return fail(writer, overview, in, stage, "I/O error: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return fail(writer, overview, in, stage, e.toString());
        }
    }

    private static String fail(BatchWriter writer, OverviewWriter overview, Input in, String stage, String reason) {
        String r = reason == null ? "unknown error" : reason.replaceAll("\\s+", " ");
        writer.fail(in.order(), in.shown(), stage, r);
        if (overview != null) {
            overview.fail(in.order(), in.shown(), stage, r);
        }
        return in.shown() + ": " + stage + ": " + r;
    }
}
