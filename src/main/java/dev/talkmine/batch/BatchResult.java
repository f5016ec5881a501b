package dev.talkmine.batch;

/**
 * What a batch did.
 *
 * @param processed reports with complete outputs, including those restored
 * @param failed    reports that could not be read or processed, or ran out of time (each has a
 *                  row in errors.csv)
 * @param restored  of the processed, those whose outputs an earlier batch had completed
 *                  ({@code --resume})
 * @param talks     talks found in the processed reports, the restored included
 */
public record BatchResult(int processed, int failed, int restored, int talks) {
    /** A result with nothing restored, for runners that do not count talks (talks 0). */
    public BatchResult(int processed, int failed) {
        this(processed, failed, 0, 0);
    }

    /** Whether any report failed. */
    public boolean hasFailures() {
        return failed > 0;
    }
}
