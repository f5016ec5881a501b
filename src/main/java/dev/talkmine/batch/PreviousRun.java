package dev.talkmine.batch;

import dev.talkmine.doc.Report;
import dev.talkmine.internal.Sha256;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.output.CompletedReport;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * {@code --resume}: the outputs an earlier, possibly interrupted, batch completed in the output
 * folder for an input whose bytes are unchanged (by SHA-256), put back into the writer and the
 * overview instead of processing the input again.
 *
 * @param writer   the batch's files, where the earlier outputs are found
 * @param overview the HTML overview, or null; a restored report's entry is rebuilt from its JSON
 * @param maxBytes the reader's size limit: a larger input is left to reading to reject
 */
record PreviousRun(BatchWriter writer, OverviewWriter overview, long maxBytes) {

    /**
     * Restores an input's earlier outputs if there are any and {@code claim} still lets this
     * worker write.
     *
     * @return the report's talks when restored; empty when it must be processed
     * @throws IOException when a file that exists cannot be read
     */
    OptionalInt restore(Input in, BooleanSupplier claim) throws IOException {
        // the overview needs the report back, and only JSON has it
        if (in.isStdin() || (overview != null && !writer.has(BatchWriter.Format.JSON))) {
            return OptionalInt.empty();
        }
        if (!Files.isRegularFile(in.path()) || Files.size(in.path()) > maxBytes) {
            return OptionalInt.empty(); // reading will say what is wrong
        }
        Optional<CompletedReport> previous = writer.completed(in.id(), in.path().toString(), Sha256.hex(in.path()));
        if (previous.isEmpty()) {
            return OptionalInt.empty();
        }
        Report old = overview != null ? previous.get().report() : null; // read before claiming the job
        if (!claim.getAsBoolean()) {
            return OptionalInt.empty();
        }
        writer.restore(in.order(), previous.get());
        if (overview != null) {
            overview.add(in.order(), old);
        }
        return OptionalInt.of(previous.get().talks());
    }
}
