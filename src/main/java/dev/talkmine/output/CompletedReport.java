package dev.talkmine.output;

import dev.talkmine.doc.Report;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The outputs of a report written by an earlier, possibly interrupted, batch into an output
 * folder, found by {@link BatchWriter#completed}; to be passed to {@link BatchWriter#restore}.
 */
public final class CompletedReport {
    private final String id;
    private final Path json;
    private final CsvTables.ReportRows rows;

    CompletedReport(String id, Path json, CsvTables.ReportRows rows) {
        this.id = id;
        this.json = json;
        this.rows = rows;
    }

    /** The report id. */
    public String id() {
        return id;
    }

    /** How many talks the report has: its rows of talks.csv. */
    public int talks() {
        return CsvTables.records(rows.talks()).size();
    }

    /**
     * The report read back from its JSON ({@link ReportJson#read}), for outputs built from
     * reports such as the HTML overview.
     *
     * @throws IOException if JSON output is off or the file cannot be read
     */
    public Report report() throws IOException {
        if (json == null) {
            throw new IOException("report '" + id + "' has no JSON output to read back");
        }
        return ReportJson.read(json);
    }

    CsvTables.ReportRows rows() {
        return rows;
    }
}
