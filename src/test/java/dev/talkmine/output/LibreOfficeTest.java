package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.talkmine.Talkmine;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.BatchWriter.Format;
import dev.talkmine.output.CsvTables.CellType;
import dev.talkmine.output.CsvTables.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs in LibreOffice, headless: the workbook converts to the same cells as the CSV tables,
 * accented names intact, and the CSV import that docs/output-format.md describes reads the tables
 * right, with or without {@code --csv-bom}. Skipped (reported as such) without {@code soffice} on
 * the PATH; CI installs Debian's {@code libreoffice-calc-nogui}.
 */
@Tag("libreoffice")
class LibreOfficeTest {
    static final List<String> NAMES = List.of("Inés Peñalver Muñoz", "Zoë Ångström", "Łukasz Żółw");
    static final String REPORT = """
            Notes from FooConf 2024

            The conference opened on Monday morning.

            Inés Peñalver Muñoz gave a talk "Parsers in Rust." It was about parser combinators.

            Zoë Ångström gave a talk "Garbage collection in practice." She compared three collectors.

            Łukasz Żółw gave a talk "Faster builds with Bazel." He showed remote caching.
            """;
    private static Talkmine talkmine;

    @TempDir
    Path tmp;

    @BeforeEach
    void needSoffice() {
        assumeTrue(Soffice.binary().isPresent(), "no soffice on the PATH: LibreOffice test skipped (CI installs it)");
    }

    private static synchronized Talkmine talkmine() {
        if (talkmine == null) {
            talkmine = Talkmine.builder().build();
        }
        return talkmine;
    }

    /** The report through the real pipeline into CSV tables and the workbook. */
    private Path batch(boolean csvBom) throws Exception {
        Path report = Files.writeString(tmp.resolve("fooconf.txt"), REPORT);
        Path dir = tmp.resolve("out");
        try (BatchWriter w = BatchWriter.open(dir, Set.of(Format.CSV, Format.XLSX), "", csvBom)) {
            w.write(0, talkmine().process(DocumentReader.utf8().read(report)));
            w.fail(1, "=Ängelholm notes.txt", "read", "empty report");
        }
        assertThat(Files.readString(dir.resolve("talks.csv"))).contains(NAMES);
        return dir;
    }

    @Test
    void theWorkbookOpensWithEveryCellAndAccentedNameIntact() throws Exception {
        Path dir = batch(false);
        Path converted = tmp.resolve("converted");
        new Soffice(tmp.resolve("profile")).convert(dir.resolve("talkmine.xlsx"), null, Soffice.CSV_EVERY_SHEET, converted);

        for (Table table : Table.values()) {
            Path sheet = converted.resolve("talkmine-" + table.title() + ".csv");
            assertThat(sheet).as("LibreOffice's export of sheet " + table.title()).exists();
            assertSameCells(WorkbookCells.csv(sheet), WorkbookCells.csv(dir.resolve(table.fileName)), table);
        }
        String talks = Files.readString(converted.resolve("talkmine-talks.csv"), StandardCharsets.UTF_8);
        assertThat(talks).contains(NAMES).doesNotContain("Ã");
        assertThat(Files.readString(converted.resolve("talkmine-errors.csv"))).contains("'=Ängelholm notes.txt");
    }

    @Test
    void theDocumentedCsvImportReadsTheTablesWithOrWithoutAByteOrderMark() throws Exception {
        for (boolean bom : List.of(false, true)) {
            Path dir = batch(bom);
            assertThat(Files.readString(dir.resolve("talks.csv")).startsWith("\uFEFF")).isEqualTo(bom);
            Path converted = tmp.resolve("imported-" + bom);
            // import as the docs say (UTF-8, comma, double quote), then export again as UTF-8 CSV
            new Soffice(tmp.resolve("profile")).convert(dir.resolve("talks.csv"), Soffice.CSV_IMPORT,
                    "csv:Text - txt - csv (StarCalc):44,34,76", converted);
            List<CSVRecord> back = WorkbookCells.csv(converted.resolve("talks.csv"));
            assertSameCells(back, WorkbookCells.csv(dir.resolve("talks.csv")), Table.TALKS);
            assertThat(back.get(0).get(0)).as("no BOM left in the first cell").isEqualTo("report");
        }
    }

    /** Same records; numbers compared by value (LibreOffice shows 1.0 as 1). */
    private static void assertSameCells(List<CSVRecord> actual, List<CSVRecord> expected, Table table) {
        assertThat(actual).as(table.title() + " rows").hasSize(expected.size());
        List<CellType> types = table.types();
        for (int i = 0; i < expected.size(); i++) {
            List<String> want = expected.get(i).toList();
            List<String> got = actual.get(i).toList();
            assertThat(got).as(table.title() + " row " + i).hasSize(want.size());
            for (int c = 0; c < want.size(); c++) {
                String where = table.title() + " row " + i + " column " + table.columns().get(c);
                if (i > 0 && types.get(c) != CellType.TEXT && !want.get(c).isEmpty()) {
                    assertThat(new BigDecimal(got.get(c))).as(where).isEqualByComparingTo(new BigDecimal(want.get(c)));
                } else {
                    assertThat(got.get(c)).as(where).isEqualTo(want.get(c));
                }
            }
        }
    }
}
