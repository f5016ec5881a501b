package dev.talkmine.batch;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
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
        List<ReportSink> sinks = overview == null ? List.of(ReportSink.of(writer))
                : List.of(ReportSink.of(writer), ReportSink.of(overview));
        return run(inputs, sinks, resume ? new PreviousRun(writer, overview, reader.maxBytes()) : null, stdin, progress,
                errors);
    }

    /**
     * Processes every input into each of {@code sinks}, in their order (nothing is resumed: that
     * needs a {@link BatchWriter}).
     *
     * @throws IllegalStateException as {@link #run(List, BatchWriter, InputStream, IntConsumer, Consumer)}
     */
    public BatchResult run(List<Input> inputs, List<ReportSink> sinks, InputStream stdin, IntConsumer progress,
                           Consumer<String> errors) {
        return run(inputs, sinks, null, stdin, progress, errors);
    }

    private BatchResult run(List<Input> inputs, List<ReportSink> sinks, PreviousRun previous, InputStream stdin,
                            IntConsumer progress, Consumer<String> errors) {
        Deque<Input> pending = new ArrayDeque<>(inputs);
        BlockingQueue<Job> finished = new LinkedBlockingQueue<>();
        List<Job> running = new ArrayList<>();
        Tally tally = new Tally();
        try {
            while (!pending.isEmpty() || !running.isEmpty()) {
                while (running.size() < threads && !pending.isEmpty()) {
                    Job job = new Job(pending.poll());
                    job.start(j -> work(j, sinks, previous, stdin), finished);
                    running.add(job);
                }
                Job job = finished.poll(waitMillis(running), TimeUnit.MILLISECONDS);
                if (job != null) {
                    running.remove(job);
                    tally.add(job.outcome(), job.input, sinks, errors);
                    progress.accept(tally.done);
                }
                long now = System.nanoTime();
                for (Iterator<Job> it = running.iterator(); it.hasNext(); ) {
                    Job r = it.next();
                    if (overdue(r, now) && r.abandon()) {
                        it.remove();
                        tally.add(new Job.Outcome.Failed(new Failure(r.stage(), timeoutReason(r.stage()))), r.input, sinks,
                                errors);
                        progress.accept(tally.done);
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
        return new BatchResult(inputs.size() - tally.failed, tally.failed, tally.restored, tally.talks);
    }

    /** The counts of a batch so far; on the coordinator's thread only. */
    private static final class Tally {
        int done;
        int failed;
        int restored;
        int talks;

        void add(Job.Outcome o, Input in, List<ReportSink> sinks, Consumer<String> errors) {
            if (o instanceof Job.Outcome.Written w) {
                talks += w.talks();
            } else if (o instanceof Job.Outcome.Restored r) {
                restored++;
                talks += r.talks();
            } else if (o instanceof Job.Outcome.Failed f) {
                failed++;
                errors.accept(fail(sinks, in, f.failure()));
            } else if (o instanceof Job.Outcome.Crashed c) {
                throw new IllegalStateException("batch failed on " + in.shown() + ": " + c.error(), c.error());
            }
            done++;
        }
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
    private Job.Outcome work(Job job, List<ReportSink> sinks, PreviousRun previous, InputStream stdin) {
        Input in = job.input;
        if (previous != null) {
            try {
                OptionalInt talks = previous.restore(in, job::claim);
                if (talks.isPresent()) {
                    return new Job.Outcome.Restored(talks.getAsInt());
                }
            } catch (IOException | RuntimeException e) {
                return new Job.Outcome.Failed(Failure.of(e, "read", "read"));
            }
        }
        ReportSteps.Outcome<Integer> o = ReportSteps.run(() -> read(in, stdin), processor,
                report -> write(job, sinks, report), job::stage);
        return o.failed() ? new Job.Outcome.Failed(o.failure()) : new Job.Outcome.Written(o.value());
    }

    private Document read(Input in, InputStream stdin) throws IOException {
        return in.isStdin()
                ? reader.read(in.id(), "-", stdin.readAllBytes(), InputFormat.TXT)
                : reader.read(in.path()).withId(in.id());
    }

    /** Puts the report into every sink, unless the coordinator gave up on it; its talks. */
    private static int write(Job job, List<ReportSink> sinks, Report report) throws IOException {
        if (!job.claim()) {
            return 0; // dropped: the coordinator gave up on it and counted it as failed
        }
        for (ReportSink sink : sinks) {
            sink.add(job.input.order(), report);
        }
        return report.talks().size();
    }

    private static String fail(List<ReportSink> sinks, Input in, Failure f) {
        for (ReportSink sink : sinks) {
            sink.fail(in.order(), in.shown(), f);
        }
        return in.shown() + ": " + f.stage() + ": " + f.reason();
    }
}
