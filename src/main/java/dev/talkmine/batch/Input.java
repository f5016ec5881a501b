package dev.talkmine.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One report to process in a batch.
 *
 * @param order position in the batch (outputs are ordered by it)
 * @param id    unique output stem ("europython-2015", "notes-2" after a name collision)
 * @param path  the file, or null for standard input
 * @param shown how the input is named in messages and outputs
 */
public record Input(int order, String id, Path path, String shown) {
    public Input {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shown, "shown");
    }

    /** Whether this input is standard input. */
    public boolean isStdin() {
        return path == null;
    }
}
