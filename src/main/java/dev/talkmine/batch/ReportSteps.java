package dev.talkmine.batch;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One report's way through a batch: read, process, write. Whatever goes wrong at any step becomes
 * the report's error row ({@link Failure}) instead of stopping the batch. The local engine
 * ({@link BatchRunner}) and Spark's executors both take each report through here, so they fail
 * the same reports with the same rows.
 */
public final class ReportSteps {
    private ReportSteps() {
    }

    /** Reading a report. */
    @FunctionalInterface
    public interface Read {
        /** The document, or an exception that says why there is none. */
        Document read() throws IOException;
    }

    /** Writing a processed report somewhere, with a result. */
    @FunctionalInterface
    public interface Write<T> {
        /** Writes the report; the result is the outcome's value. */
        T write(Report report) throws IOException;
    }

    /**
     * What became of a report: the write step's value, or why it failed.
     *
     * @param value   what the write step returned; null when it failed
     * @param failure why it failed, or null
     */
    public record Outcome<T>(T value, Failure failure) {
        /** Whether the report failed. */
        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * Reads, processes and writes one report.
     *
     * @param onStage told the name of each pipeline stage as it starts
     */
    public static <T> Outcome<T> run(Read read, BatchRunner.Processor processor, Write<T> write, Consumer<String> onStage) {
        String step = "read";
        String[] running = {"read"}; // the stage last started: set on this thread by the pipeline
        try {
            Document doc = read.read();
            step = "process";
            Report report = processor.process(doc, stage -> {
                running[0] = stage;
                onStage.accept(stage);
            });
            step = "write";
            return new Outcome<>(write.write(report), null);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Outcome<>(null, Failure.of(e, step, running[0]));
        }
    }
}
