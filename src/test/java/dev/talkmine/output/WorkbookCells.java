package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.output.CsvTables.CellType;
import dev.talkmine.output.CsvTables.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads {@code talkmine.xlsx} back with a real reader (fastexcel-reader) and compares it, cell by
 * cell, with the CSV tables written beside it.
 */
public final class WorkbookCells {
    private WorkbookCells() {
    }

    /** Each table's rows, header first; a continued table's sheets ({@code mentions 2}, ...) joined. */
    public static Map<String, List<Row>> tables(Path workbook) throws IOException {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile())) {
            for (Sheet sheet : wb.getSheets().toList()) {
                String table = sheet.getName().replaceAll(" \\d+$", "");
                List<Row> rows = sheet.read();
                List<Row> kept = out.computeIfAbsent(table, k -> new ArrayList<>());
                if (!kept.isEmpty()) {
                    assertThat(text(rows.get(0))).as("header of " + sheet.getName()).isEqualTo(text(kept.get(0)));
                    rows = rows.subList(1, rows.size());
                }
                kept.addAll(rows);
            }
        }
        return out;
    }

    /**
     * Asserts that {@code dir/talkmine.xlsx} holds exactly the cells of the CSV tables in {@code dir}:
     * a sheet per table, in order; numbers as number cells of the same value; text as in the CSV
     * (what XML cannot carry as {@code ?}); empty cells empty.
     */
    public static void assertMatchesCsv(Path dir) throws IOException {
        Map<String, List<Row>> sheets = tables(dir.resolve(XlsxWorkbook.FILE_NAME));
        assertThat(sheets.keySet()).containsExactly("talks", "mentions", "entities", "errors");
        for (Table table : Table.values()) {
            List<CSVRecord> csv = csv(dir.resolve(table.fileName));
            List<Row> rows = sheets.get(table.title());
            assertThat(rows).as(table.title() + " rows").hasSize(csv.size());
            List<CellType> types = table.types();
            for (int i = 0; i < csv.size(); i++) {
                CSVRecord record = csv.get(i);
                for (int c = 0; c < record.size(); c++) {
                    String where = table.title() + " row " + (i + 1) + " column " + table.columns().get(c);
                    CellType type = i == 0 ? CellType.TEXT : types.get(c);
                    assertCell(rows.get(i).getOptionalCell(c), record.get(c), type, where);
                }
                assertThat(rows.get(i).getCellCount()).as(table.title() + " row " + (i + 1) + " width")
                        .isLessThanOrEqualTo(record.size());
            }
        }
    }

    private static void assertCell(Optional<Cell> cell, String csv, CellType type, String where) {
        if (csv.isEmpty()) {
            assertThat(cell.map(Cell::getText).orElse("")).as(where).isEmpty();
            return;
        }
        assertThat(cell).as(where).isPresent();
        if (type == CellType.TEXT) {
            assertThat(cell.get().getType()).as(where).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(cell.get().asString()).as(where).isEqualTo(XlsxWorkbook.cellText(csv));
        } else {
            assertThat(cell.get().getType()).as(where).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(cell.get().asNumber()).as(where).isEqualByComparingTo(new BigDecimal(csv));
        }
    }

    private static List<String> text(Row row) {
        return row.stream().map(Cell::getText).toList();
    }

    /** The cells of one CSV record. */
    static List<String> csvCells(String record) {
        try (CSVParser p = CSVParser.parse(record, CsvTables.FORMAT)) {
            return p.getRecords().get(0).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A CSV table's records, header included, without a byte-order mark. */
    static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, CsvTables.FORMAT)) {
            return p.getRecords();
        }
    }
}
