package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a batch's tables, kept by input position until the batch closes, then written as
 * the four CSV tables and the workbook with rows in input order, whatever order reports arrived
 * in. Only rendered rows are kept, never reports. Not thread-safe: {@link BatchWriter} guards it.
 */
final class BatchTables {
    private final Map<Integer, CsvTables.ReportRows> rows = new TreeMap<>();
    private final Map<Integer, List<String>> errors = new TreeMap<>();

    /** Keeps a report's rows at its position. */
    void put(int order, CsvTables.ReportRows reportRows) {
        rows.put(order, reportRows);
    }

    /** Keeps an errors.csv record at an input's position, after any others of that position. */
    void fail(int order, String errorRow) {
        errors.computeIfAbsent(order, k -> new ArrayList<>()).add(errorRow);
    }

    /**
     * Writes the CSV tables (if {@code csv}) and the workbook (if {@code xlsx}) into {@code dir},
     * each atomically.
     *
     * @throws IOException if a file cannot be written; the others are still attempted
     */
    void write(Path dir, boolean csv, boolean xlsx, boolean csvBom) throws IOException {
        List<IoAction> files = new ArrayList<>();
        if (csv) {
            for (CsvTables.Table table : CsvTables.Table.values()) {
                files.add(() -> writeTable(dir, table, csvBom));
            }
        }
        if (xlsx) {
            files.add(() -> XlsxWorkbook.write(dir.resolve(XlsxWorkbook.FILE_NAME), this::records));
        }
        IOException failure = null;
        for (IoAction file : files) {
            try {
                file.run();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Writing one file. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    /** A table's records as CSV text in input order: one piece per report, or per failure. */
    private Iterable<String> records(CsvTables.Table table) {
        return table == CsvTables.Table.ERRORS
                ? () -> errors.values().stream().flatMap(List::stream).iterator()
                : () -> rows.values().stream().map(r -> r.of(table)).iterator();
    }

    private void writeTable(Path dir, CsvTables.Table table, boolean csvBom) throws IOException {
        AtomicFile.write(dir.resolve(table.fileName), out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csvBom) {
                w.write('\uFEFF'); // off by default: the tables are plain UTF-8 for programs first
            }
            w.write(table.header());
            for (String records : records(table)) {
                w.write(records);
            }
            w.flush(); // not close: AtomicFile owns the stream
        });
    }
}
