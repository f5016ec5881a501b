package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
import dev.talkmine.output.CsvTables.CellType;
import dev.talkmine.output.CsvTables.Table;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tables of a batch as one workbook, {@code talkmine.xlsx}: a sheet per table ({@code talks},
 * {@code mentions}, {@code entities}, {@code errors}) with the CSV's columns and cells. Offsets,
 * indexes, counts and confidences are number cells, everything else text, exactly the CSV's text,
 * formula neutralisation included. The header is bold and frozen with an autofilter; columns are as
 * wide as their header and first rows need, within bounds.
 *
 * <p>It is fed the rendered CSV records the tables are written from, so workbook and CSV always
 * agree, and a resumed batch rebuilds it from its saved rows like the tables. It streams: rows go
 * to the file every {@value #FLUSH_ROWS} rows, and text is written inline rather than into a
 * shared-string table, so memory does not grow with the batch.
 *
 * <p>What a sheet cannot hold: XML has no place for control characters other than tab, line feed
 * and carriage return, nor for unpaired surrogates, so those become {@code ?} (one character for
 * one, as the CSV writes a lone surrogate); a cell holds at most {@value #MAX_CELL_CHARS}
 * characters (the rest is cut); and a sheet holds at most {@value #MAX_ROWS} rows, so a longer
 * table goes on in {@code mentions 2}, {@code mentions 3}, ..., each with the header.
 *
 * <p>The file is written atomically and deterministically: fastexcel writes a spool next to it,
 * which {@link DeterministicZip} copies into place without the times that would differ per run.
 */
final class XlsxWorkbook {
    /** The workbook's name in the output directory. */
    static final String FILE_NAME = "talkmine.xlsx";
    /** Rows of a sheet, the header included: the most a spreadsheet program opens. */
    static final int MAX_ROWS = Worksheet.MAX_ROWS;
    /** Characters of a cell: the most Excel shows and keeps. */
    static final int MAX_CELL_CHARS = 32_767;
    static final int FLUSH_ROWS = 1_000;
    /** Column widths, in characters. */
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 60;
    /** Room beside a header for its filter button. */
    private static final int FILTER_BUTTON = 3;

    private XlsxWorkbook() {
    }

    /**
     * Atomically writes the workbook.
     *
     * @param file    where
     * @param records each table's records as CSV text, in row order: the pieces {@link CsvTables} renders
     * @throws IOException if it cannot be written; {@code file} is then untouched
     */
    static void write(Path file, Function<Table, Iterable<String>> records) throws IOException {
        write(file, records, MAX_ROWS);
    }

    /** As {@link #write(Path, Function)}, with at most {@code maxRows} rows a sheet (tests use a few). */
    static void write(Path file, Function<Table, Iterable<String>> records, int maxRows) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        AtomicFile.write(file, out -> {
            Path spool = AtomicFile.createTemp(dir, file.getFileName().toString(), ".spool");
            try {
                try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(spool))) {
                    Workbook wb = new Workbook(s, "talkmine", null);
                    wb.setCompressionLevel(Deflater.NO_COMPRESSION); // compressed once, by the copy
                    for (Table table : Table.values()) {
                        writeTable(wb, table, records.apply(table), maxRows);
                    }
                    wb.finish();
                }
                DeterministicZip.copy(spool, out);
            } finally {
                Files.deleteIfExists(spool);
            }
        });
    }

    private static void writeTable(Workbook wb, Table table, Iterable<String> records, int maxRows) throws IOException {
        int sheets = 1;
        Sheet sheet = new Sheet(wb, table.title(), table, maxRows);
        for (String csv : records) {
            try (CSVParser parser = CSVParser.parse(csv, CsvTables.FORMAT)) {
                for (CSVRecord r : parser) {
                    if (sheet.full()) {
                        sheet.finish();
                        sheet = new Sheet(wb, table.title() + " " + ++sheets, table, maxRows);
                    }
                    sheet.add(r);
                }
            }
        }
        sheet.finish();
    }

    /**
     * {@code value} as a sheet can hold it: characters XML cannot carry become {@code ?}, and it is
     * cut after {@value #MAX_CELL_CHARS} characters (never inside a surrogate pair).
     */
    static String cellText(String value) {
        StringBuilder out = null;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
            if (!ok && out == null) {
                out = new StringBuilder(n).append(value, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '?');
            }
        }
        String s = out == null ? value : out.toString();
        if (s.length() <= MAX_CELL_CHARS) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(MAX_CELL_CHARS - 1)) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
        return s.substring(0, cut);
    }

    /** One sheet being written: its header first, then rows; the widths and autofilter go in as they become known. */
    private static final class Sheet {
        private final Worksheet ws;
        private final List<CellType> types;
        private final int[] widths;
        private final int maxRows;
        private int row = 1;
        private boolean flushed;

        Sheet(Workbook wb, String name, Table table, int maxRows) {
            this.maxRows = maxRows;
            ws = wb.newWorksheet(name);
            types = table.types();
            List<String> header = table.columns();
            widths = new int[header.size()];
            for (int c = 0; c < header.size(); c++) {
                ws.inlineString(0, c, header.get(c));
                widths[c] = header.get(c).length() + FILTER_BUTTON;
            }
            ws.range(0, 0, 0, header.size() - 1).style().bold().set();
            ws.freezePane(0, 1);
        }

        boolean full() {
            return row >= maxRows;
        }

        void add(CSVRecord r) throws IOException {
            if (r.size() != types.size()) {
                throw new IllegalStateException("a record of " + r.size() + " cells in a sheet of " + types.size() + " columns");
            }
            for (int c = 0; c < types.size(); c++) {
                String v = r.get(c);
                if (!v.isEmpty()) {
                    cell(c, v);
                }
                if (!flushed) {
                    widths[c] = Math.max(widths[c], v.length());
                }
            }
            if (++row % FLUSH_ROWS == 0) {
                flush();
            }
        }

        private void cell(int c, String v) {
            try {
                switch (types.get(c)) {
                    case INTEGER -> ws.value(row, c, Long.parseLong(v));
                    case DECIMAL -> ws.value(row, c, new BigDecimal(v));
                    case TEXT -> ws.inlineString(row, c, cellText(v));
                }
            } catch (NumberFormatException e) {
                ws.inlineString(row, c, cellText(v)); // not expected: a number column holds numbers
            }
        }

        /** Widths come from the rows before the first flush: columns must be set before any row is written. */
        private void flush() throws IOException {
            if (!flushed) {
                for (int c = 0; c < widths.length; c++) {
                    ws.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 1)));
                }
                flushed = true;
            }
            ws.flush();
        }

        void finish() throws IOException {
            flush();
            ws.setAutoFilter(0, 0, row - 1, types.size() - 1);
            ws.finish();
        }
    }
}
