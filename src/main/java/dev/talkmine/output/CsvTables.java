package dev.talkmine.output;

import dev.talkmine.doc.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The four CSV tables of a batch: their files, columns and cell types. Rows are rendered to CSV
 * text at once ({@link ReportTableRows}, {@link CsvRow}), so a batch buffers small strings rather
 * than whole reports.
 *
 * <p>Public for other runners of a batch (the Spark runner) that write the same tables with their
 * own writers: {@link #rows(Report)} and {@link #errorRow} give the exact records
 * {@link BatchWriter} writes, and {@link Table#columns()} their columns.
 */
public final class CsvTables {

    /** RFC 4180: comma, double quotes doubled, CRLF after every record (including the last). */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Separator of multi-valued cells. */
    static final String JOIN = "; ";

    /** What a column's cells hold, for outputs that type them (the workbook). */
    public enum CellType {
        /** Any text (formula-neutralised, like every CSV cell). */
        TEXT,
        /** A whole number or empty: offsets, talk indexes, counts. */
        INTEGER,
        /** A decimal number: confidences, formatted as in the JSON. */
        DECIMAL
    }

    /** A column of a table; its header is the enum constant in lower case. */
    interface Column {
        /** The header cell. */
        default String header() {
            return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
        }

        /** What the column holds. One name means one thing in every table, so the name decides. */
        default CellType type() {
            return switch (header()) {
                case "talk_index", "start", "end", "mentions", "talks" -> CellType.INTEGER;
                case "confidence" -> CellType.DECIMAL;
                default -> CellType.TEXT;
            };
        }
    }

    /** Columns of {@code talks.csv}, in order. */
    enum TalkColumn implements Column {
        REPORT, TALK_INDEX, KIND, TITLE, SPEAKERS, ORGANIZATIONS, SUMMARY, VERDICT, VERDICT_EVIDENCE, PEOPLE, TECHNOLOGIES,
        KEYWORDS, START, END
    }

    /** Columns of {@code mentions.csv}, in order. */
    enum MentionColumn implements Column {
        REPORT, TALK_INDEX, ENTITY_ID, ENTITY, TYPE, CATEGORY, TEXT, START, END, SOURCE, CONFIDENCE
    }

    /** Columns of {@code entities.csv}, in order. */
    enum EntityColumn implements Column {
        REPORT, ENTITY_ID, ENTITY, TYPE, CATEGORY, CONFIDENCE, MENTIONS, TALKS, TALK_INDEXES, SURFACE_FORMS
    }

    /** Columns of {@code errors.csv}, in order. */
    enum ErrorColumn implements Column {
        FILE, STAGE, REASON
    }

    /** The tables with their file names and columns, in the order they are written. */
    public enum Table {
        /** {@code talks.csv}. */
        TALKS("talks.csv", TalkColumn.class),
        /** {@code mentions.csv}. */
        MENTIONS("mentions.csv", MentionColumn.class),
        /** {@code entities.csv}. */
        ENTITIES("entities.csv", EntityColumn.class),
        /** {@code errors.csv}. */
        ERRORS("errors.csv", ErrorColumn.class);

        final String fileName;
        final Class<? extends Enum<?>> columns;

        Table(String fileName, Class<? extends Enum<?>> columns) {
            this.fileName = fileName;
            this.columns = columns;
        }

        /**
         * The column names, in order: the cells of the header record.
         *
         * @return the names, lower case
         */
        public List<String> columns() {
            return Arrays.stream(columns.getEnumConstants()).map(c -> ((Column) c).header()).toList();
        }

        /**
         * What each column holds, in column order.
         *
         * @return one type per column
         */
        public List<CellType> types() {
            return Arrays.stream(columns.getEnumConstants()).map(c -> ((Column) c).type()).toList();
        }

        /**
         * The table's name without {@code .csv}: {@code talks}, {@code mentions}, ...
         *
         * @return the name, lower case
         */
        public String title() {
            return fileName.substring(0, fileName.length() - ".csv".length());
        }

        /** The header record, CRLF-terminated. */
        String header() {
            Object[] names = Arrays.stream(columns.getEnumConstants()).map(c -> ((Column) c).header()).toArray();
            StringBuilder sb = new StringBuilder();
            CsvRow.print(sb, names);
            return sb.toString();
        }
    }

    /**
     * The rows of one report for each of the three report tables, as CSV text (possibly empty).
     *
     * @param talks    the talks.csv records, each CRLF-terminated
     * @param mentions the mentions.csv records
     * @param entities the entities.csv records
     */
    public record ReportRows(String talks, String mentions, String entities) {
        /**
         * Rows for {@code table}; errors are not report rows.
         *
         * @param table the table
         * @return its records as CSV text, empty for {@link Table#ERRORS}
         */
        public String of(Table table) {
            return switch (table) {
                case TALKS -> talks;
                case MENTIONS -> mentions;
                case ENTITIES -> entities;
                case ERRORS -> "";
            };
        }
    }

    private CsvTables() {
    }

    /**
     * Renders the rows of {@code r} for talks.csv, mentions.csv and entities.csv.
     *
     * @param r the report
     * @return its records, exactly as {@link BatchWriter} writes them
     */
    public static ReportRows rows(Report r) {
        return ReportTableRows.of(r);
    }

    /**
     * One errors.csv row.
     *
     * @param file   the input as the user named it
     * @param stage  where it failed
     * @param reason why
     * @return the record, CRLF-terminated
     */
    public static String errorRow(String file, String stage, String reason) {
        return new CsvRow<>(ErrorColumn.class)
                .set(ErrorColumn.FILE, file)
                .set(ErrorColumn.STAGE, stage)
                .set(ErrorColumn.REASON, reason)
                .toCsv();
    }

    /**
     * Parses records this class rendered back into their cells (still neutralised).
     *
     * @param csv CRLF-terminated records, possibly none
     * @return the records' cells, in order
     */
    static List<CSVRecord> records(String csv) {
        try (CSVParser p = CSVParser.parse(csv, FORMAT)) {
            return p.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String does not throw
        }
    }
}
