package dev.talkmine.batch;

import dev.talkmine.doc.Report;
import dev.talkmine.output.BatchWriter;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;

/**
 * Where {@link BatchRunner} puts what becomes of each input: the files of {@code run}
 * ({@link #of(BatchWriter)}), the HTML overview ({@link #of(OverviewWriter)}), the predictions
 * {@code eval} scores. Called from worker threads, in any order, each input once: implementations
 * are thread-safe and order by the input's position when order matters.
 */
public interface ReportSink {
    /**
     * Adds a processed report.
     *
     * @param order the input's position in the batch
     * @throws IOException when it cannot be written; the input then fails at stage {@code write}
     */
    void add(int order, Report report) throws IOException;

    /**
     * Records that an input failed (read, processed, written or timed out).
     *
     * @param order the input's position in the batch
     * @param file  the input as the user named it
     */
    void fail(int order, String file, Failure failure);

    /** The JSON files, CSV tables and workbook of a batch. */
    static ReportSink of(BatchWriter writer) {
        return new WriterSink(writer::write, writer::fail);
    }

    /** The HTML overview of a batch. */
    static ReportSink of(OverviewWriter overview) {
        return new WriterSink(overview::add, overview::fail);
    }
}
