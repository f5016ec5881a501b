package dev.talkmine.batch;

/**
 * What a batch did.
 *
 * @param processed reports written
 * @param failed    reports that could not be read or processed (each has a row in errors.csv)
 */
public record BatchResult(int processed, int failed) {
    /** Whether any report failed. */
    public boolean hasFailures() {
        return failed > 0;
    }
}
