package dev.talkmine.batch;

import dev.talkmine.InputException;
import dev.talkmine.pipeline.StageException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

/**
 * Why a report failed, as its row of errors.csv says it: where ({@code read}, a pipeline stage,
 * {@code write}) and a one-line reason. The one mapping from a failure to that row, for the local
 * batch and Spark alike, so both give the same rows for the same input.
 *
 * @param stage  where it failed
 * @param reason why, on one line (runs of white space become one space; null becomes "unknown error")
 */
public record Failure(String stage, String reason) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Puts the reason on one line. */
    public Failure {
        Objects.requireNonNull(stage, "stage");
        reason = reason == null ? "unknown error" : WHITESPACE.matcher(reason).replaceAll(" ");
    }

    /**
     * The row for an exception thrown while working on one report.
     *
     * @param e       what was thrown
     * @param step    the step then: {@code read}, {@code process} or {@code write}
     * @param running the pipeline stage last started ({@code read} before the first), for failures
     *                inside the pipeline that do not name their stage
     */
    public static Failure of(Throwable e, String step, String running) {
        if (e instanceof StageException s) {
            return new Failure(s.stage(), String.valueOf(s.getCause()));
        }
        if (e instanceof InputException) {
            return new Failure(step, e.getMessage());
        }
        if (e instanceof IOException) {
            return new Failure(step, "I/O error: " + e.getMessage());
        }
        if (e instanceof CancellationException) {
            return new Failure(running, "interrupted");
        }
        return new Failure(step.equals("process") ? running : step, e.toString());
    }
}
