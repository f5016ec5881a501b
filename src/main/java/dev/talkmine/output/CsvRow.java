package dev.talkmine.output;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One record of a CSV table, its cells neutralised against spreadsheet formulas. Every column must
 * be set, so adding a column cannot silently shift the others.
 */
final class CsvRow<E extends Enum<E> & CsvTables.Column> {
    private final Class<E> columns;
    private final String[] cells;

    CsvRow(Class<E> columns) {
        this.columns = columns;
        this.cells = new String[columns.getEnumConstants().length];
    }

    /** Sets a cell; null becomes the empty cell. */
    CsvRow<E> set(E column, Object value) {
        cells[column.ordinal()] = neutralise(value == null ? "" : value.toString());
        return this;
    }

    void appendTo(StringBuilder sb) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                throw new IllegalStateException(columns.getSimpleName() + "." + columns.getEnumConstants()[i] + " not set");
            }
        }
        print(sb, cells);
    }

    String toCsv() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    /**
     * Neutralises spreadsheet formulas: a cell starting with {@code = + - @}, TAB or CR gets a
     * leading {@code '}, so Excel/LibreOffice/Sheets show text instead of evaluating it. A cell
     * that already starts with {@code '} gets one too, which keeps the rule reversible: a reader
     * recovers the value by dropping one leading {@code '}. Offsets and counts are never negative,
     * so no number is altered.
     */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
    }

    /** Appends one CRLF-terminated record in {@link CsvTables#FORMAT}. */
    static void print(StringBuilder sb, Object[] cells) {
        try {
            CsvTables.FORMAT.printRecord(sb, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }
}
