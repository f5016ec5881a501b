package dev.talkmine.batch;

/**
 * What a batch did.
 *
 * @param processed reports with complete outputs, including those restored
 * @param failed    reports that could not be read or processed, or ran out of time (each has a
 *                  row in errors.csv)
 * @param restored  of the processed, those whose outputs an earlier batch had completed
 *                  ({@code --resume})
 */
public record BatchResult(int processed, int failed, int restored) {
    /** A result with nothing restored. */
    public BatchResult(int processed, int failed) {
        this(processed, failed, 0);
    }

    /** Whether any report failed. */
    public boolean hasFailures() {
        return failed > 0;
    }
}
