package dev.talkmine.batch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One input being processed on its own thread. The batch's coordinator starts it, waits for it
 * on a queue and may abandon it when it runs past the time limit. The state decides, once, who
 * owns the outcome: a worker may write outputs only after moving RUNNING to WRITING, and the
 * coordinator may give up on it only by moving RUNNING to ABANDONED, so an abandoned worker that
 * finishes later never writes anything.
 */
final class Job {
    enum State { RUNNING, WRITING, FINISHED, ABANDONED }

    /** What became of an input. */
    sealed interface Outcome {
        /** Processed and written; {@code talks} found. */
        record Written(int talks) implements Outcome {
        }

        /** Complete outputs of an earlier batch, with {@code talks}, were reused ({@code --resume}). */
        record Restored(int talks) implements Outcome {
        }

        /** Could not be read, processed or written: one errors.csv row. */
        record Failed(Failure failure) implements Outcome {
        }

        /** An unexpected error (a bug): the batch stops with it. */
        record Crashed(Throwable error) implements Outcome {
        }
    }

    /** The work itself; it calls {@link #claim()} before writing and tells its stage. */
    @FunctionalInterface
    interface Work {
        Outcome run(Job job);
    }

    final Input input;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile String stage = "read";
    private volatile Outcome outcome;
    private Thread thread;
    private long startNanos;

    Job(Input input) {
        this.input = input;
    }

    /** Runs {@code work} on a new daemon thread and puts this job on {@code finished} when it ends (unless abandoned). */
    void start(Work work, BlockingQueue<Job> finished) {
        startNanos = System.nanoTime();
        thread = new Thread(() -> {
            Outcome o = null;
            try {
                o = work.run(this);
            } catch (Throwable t) { // NOPMD: the coordinator must hear of every end, or it would wait forever
                o = new Outcome.Crashed(t);
            } finally {
                // even when building the outcome failed (o == null: out of memory, a class that
                // cannot be loaded), the coordinator hears of the end
                if (state.compareAndSet(State.RUNNING, State.FINISHED) || state.get() == State.WRITING) {
                    outcome = o;
                    finished.add(this);
                }
            }
        }, "talkmine-worker-" + input.order());
        thread.setDaemon(true); // an abandoned worker must not keep the JVM alive
        thread.start();
    }

    /** Called by the worker before it writes: false if the coordinator has given up on it. */
    boolean claim() {
        return state.compareAndSet(State.RUNNING, State.WRITING);
    }

    /** Called by the worker as each stage starts. */
    void stage(String name) {
        stage = name;
    }

    /** The stage running now (or the last one). */
    String stage() {
        return stage;
    }

    /** The outcome, once the job came off the finished queue; a crash if the worker could not say. */
    Outcome outcome() {
        Outcome o = outcome;
        return o != null ? o : new Outcome.Crashed(new IllegalStateException("worker ended without an outcome"));
    }

    /** Nanoseconds since the job started. */
    long elapsedNanos(long now) {
        return now - startNanos;
    }

    /**
     * Gives up on a job that is still processing: it is interrupted (a stage already running may
     * not notice, see {@link dev.talkmine.pipeline.Pipeline#process}) and whatever it produces is
     * dropped. A job that is already writing is not abandoned.
     *
     * @return whether the job was abandoned
     */
    boolean abandon() {
        if (!state.compareAndSet(State.RUNNING, State.ABANDONED)) {
            return false;
        }
        thread.interrupt();
        return true;
    }
}
