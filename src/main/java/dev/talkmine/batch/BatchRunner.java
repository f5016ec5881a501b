package dev.talkmine.batch;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.internal.Sha256;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.output.CompletedReport;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs a batch: reads, processes and writes each input on worker threads. A report that cannot be
 * read or processed, or that runs past the time limit, becomes a row in errors.csv and never stops
 * the others. Outputs are the same bytes whatever the thread count, because the writer orders rows
 * by input position.
 *
 * <p>Each input runs on a thread of its own, at most {@code threads} at a time. A report still
 * processing after the time limit is abandoned: its thread is interrupted, and whatever it
 * produces later is dropped, while a fresh thread takes the next input. Java cannot stop a thread
 * that ignores interrupts: an abandoned thread runs on until its current stage notices (the CRF
 * does between and within sentences; it starts no further stage), using a core meanwhile. See
 * docs/robustness.md.
 *
 * <p>With {@link #resuming(boolean)} an input whose outputs an earlier batch completed (same
 * bytes, by SHA-256) is not processed again: its rows are restored from the output folder.
 */
public final class BatchRunner {
    /** The default time limit per report: 120 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    /** Turns a document into a report, telling each stage's name as it starts ({@code Talkmine::process}). */
    @FunctionalInterface
    public interface Processor {
        /**
         * Processes one document.
         *
         * @param document the document
         * @param onStage  told each stage's name as it starts
         * @return the report
         */
        Report process(Document document, Consumer<String> onStage);
    }

    private final Processor processor;
    private final DocumentReader reader;
    private final int threads;
    private final Duration timeout;
    private final boolean resume;

    /**
     * A runner with the default time limit, not resuming.
     *
     * @param threads worker threads, at least 1
     */
    public BatchRunner(Talkmine talkmine, DocumentReader reader, int threads) {
        this(Objects.requireNonNull(talkmine, "talkmine")::process, reader, threads);
    }

    /**
     * A runner for any processor, with the default time limit, not resuming.
     *
     * @param threads worker threads, at least 1
     */
    public BatchRunner(Processor processor, DocumentReader reader, int threads) {
        this(processor, reader, threads, DEFAULT_TIMEOUT, false);
    }

    private BatchRunner(Processor processor, DocumentReader reader, int threads, Duration timeout, boolean resume) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        this.resume = resume;
    }

    /**
     * A runner like this one with another time limit per report (reading and processing; writing
     * is not limited).
     *
     * @param timeout the limit; {@link Duration#ZERO} for none
     */
    public BatchRunner withTimeout(Duration timeout) {
        return new BatchRunner(processor, reader, threads, timeout, resume);
    }

    /**
     * A runner like this one that, when {@code resume} is true, reuses the complete outputs an
     * earlier batch left in the writer's folder for inputs whose bytes are unchanged.
     */
    public BatchRunner resuming(boolean resume) {
        return new BatchRunner(processor, reader, threads, timeout, resume);
    }

    /**
     * Processes every input into {@code writer}. Listeners are called on the calling thread.
     *
     * @param stdin    where {@code -} reads from
     * @param progress told the number of finished reports after each one
     * @param errors   told one line per failed report ("file: stage: reason")
     * @throws IllegalStateException when a worker hits an unexpected error (a bug), or the calling
     *                               thread is interrupted
     */
    public BatchResult run(List<Input> inputs, BatchWriter writer, InputStream stdin, IntConsumer progress,
                           Consumer<String> errors) {
        return run(inputs, writer, null, stdin, progress, errors);
    }

    /**
     * Processes every input into {@code writer} and, unless it is null, into {@code overview}
     * (the HTML overview; closing it is the caller's job, as for {@code writer}). On resume, a
     * restored report's overview entry is rebuilt from its JSON, so the overview needs JSON output
     * to skip anything.
     *
     * @throws IllegalStateException as {@link #run(List, BatchWriter, InputStream, IntConsumer, Consumer)}
     */
    public BatchResult run(List<Input> inputs, BatchWriter writer, OverviewWriter overview, InputStream stdin,
                           IntConsumer progress, Consumer<String> errors) {
        Deque<Input> pending = new ArrayDeque<>(inputs);
        BlockingQueue<Job> finished = new LinkedBlockingQueue<>();
        List<Job> running = new ArrayList<>();
        int done = 0;
        int failed = 0;
        int restored = 0;
        int talks = 0;
        try {
            while (!pending.isEmpty() || !running.isEmpty()) {
                while (running.size() < threads && !pending.isEmpty()) {
                    Job job = new Job(pending.poll());
                    job.start(j -> work(j, writer, overview, stdin), finished);
                    running.add(job);
                }
                Job job = finished.poll(waitMillis(running), TimeUnit.MILLISECONDS);
                if (job != null) {
                    running.remove(job);
                    Job.Outcome o = job.outcome();
                    if (o instanceof Job.Outcome.Written w) {
                        talks += w.talks();
                    } else if (o instanceof Job.Outcome.Restored r) {
                        restored++;
                        talks += r.talks();
                    } else if (o instanceof Job.Outcome.Failed f) {
                        failed++;
                        errors.accept(fail(writer, overview, job.input, f.failure()));
                    } else if (o instanceof Job.Outcome.Crashed c) {
                        throw new IllegalStateException("batch failed on " + job.input.shown() + ": " + c.error(), c.error());
                    }
                    progress.accept(++done);
                }
                long now = System.nanoTime();
                for (Iterator<Job> it = running.iterator(); it.hasNext(); ) {
                    Job r = it.next();
                    if (overdue(r, now) && r.abandon()) {
                        it.remove();
                        failed++;
                        errors.accept(fail(writer, overview, r.input, new Failure(r.stage(), timeoutReason(r.stage()))));
                        progress.accept(++done);
                    }
                }
            }
        } catch (InterruptedException e) {
            running.forEach(Job::abandon);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (RuntimeException e) {
            running.forEach(Job::abandon);
            throw e;
        }
        return new BatchResult(inputs.size() - failed, failed, restored, talks);
    }

    /** How long the coordinator may wait for a job before checking deadlines again. */
    private long waitMillis(List<Job> running) {
        if (timeout.isZero() || running.isEmpty()) {
            return running.isEmpty() ? 0 : Long.MAX_VALUE;
        }
        long now = System.nanoTime();
        long least = Long.MAX_VALUE;
        for (Job j : running) {
            least = Math.min(least, timeout.toNanos() - j.elapsedNanos(now));
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(least) + 1);
    }

    private boolean overdue(Job job, long now) {
        return !timeout.isZero() && job.elapsedNanos(now) >= timeout.toNanos();
    }

    private String timeoutReason(String stage) {
        return "took longer than the time limit of " + format(timeout) + " (--timeout) and was abandoned in stage '"
                + stage + "'; raise --timeout or split the report";
    }

    static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.3f s", ms / 1000.0);
    }

    /** The work of one input, on its worker thread. */
    private Job.Outcome work(Job job, BatchWriter writer, OverviewWriter overview, InputStream stdin) {
        Input in = job.input;
        String stage = "read";
        try {
            if (resume && !in.isStdin() && (overview == null || writer.has(BatchWriter.Format.JSON))) {
                Optional<CompletedReport> previous = previous(in, writer);
                // the overview needs the report back, read from its JSON before claiming the job
                Report old = previous.isPresent() && overview != null ? previous.get().report() : null;
                if (previous.isPresent() && job.claim()) {
                    writer.restore(in.order(), previous.get());
                    if (overview != null) {
                        overview.add(in.order(), old);
                    }
                    return new Job.Outcome.Restored(previous.get().talks());
                }
            }
            Document doc = in.isStdin()
                    ? reader.read(in.id(), "-", stdin.readAllBytes(), InputFormat.TXT)
                    : reader.read(in.path()).withId(in.id());
            stage = "process";
            Report report = processor.process(doc, job::stage);
            stage = "write";
            if (!job.claim()) {
                return new Job.Outcome.Failed(new Failure(stage, "abandoned")); // dropped: the coordinator gave up on it
            }
            writer.write(in.order(), report);
            if (overview != null) {
                overview.add(in.order(), report);
            }
            return new Job.Outcome.Written(report.talks().size());
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Job.Outcome.Failed(Failure.of(e, stage, job.stage()));
        }
    }

    /** Complete outputs of an earlier batch for this input's current bytes, if any. */
    private Optional<CompletedReport> previous(Input in, BatchWriter writer) throws IOException {
        if (!Files.isRegularFile(in.path()) || Files.size(in.path()) > reader.maxBytes()) {
            return Optional.empty(); // reading will say what is wrong
        }
        return writer.completed(in.id(), in.path().toString(), Sha256.hex(in.path()));
    }

    private static String fail(BatchWriter writer, OverviewWriter overview, Input in, Failure f) {
        writer.fail(in.order(), in.shown(), f.stage(), f.reason());
        if (overview != null) {
            overview.fail(in.order(), in.shown(), f.stage(), f.reason());
        }
        return in.shown() + ": " + f.stage() + ": " + f.reason();
    }
}
