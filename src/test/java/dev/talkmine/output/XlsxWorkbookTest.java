package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.output.BatchWriter.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {
    @TempDir
    Path tmp;

    /** Accented names, a formula-like title, a control character, a lone surrogate and a line break. */
    static Report accented() {
        String text = "Notes\n\nInés Peñalver Muñoz (Zoë Ångström AB) gave a talk \"=SUM(A1)\" on Łukasz Żółw's"
                + " parser.\nIt ran\u0007 on Ängelholm's \uD800 cluster.\n";
        int start = text.indexOf("Inés");
        Talk talk = new Talk(1, new TextSpan(start, text.length()), TalkKind.TALK, "=SUM(A1)",
                List.of(new Speaker("Inés Peñalver Muñoz", List.of("Zoë Ångström AB"))), List.of(), List.of());
        Summary summary = new Summary(1, List.of(),
                "Inés Peñalver Muñoz (Zoë Ångström AB) gave a talk.\nIt ran\u0007 on Ängelholm's \uD800 cluster.",
                List.of("-parser", "@cluster"), List.of());
        int ran = text.indexOf("It ran");
        Verdict verdict = new Verdict(1, Verdict.Label.MIXED, 0.6, new TextSpan(ran, text.length() - 1), List.of());
        List<Entity> entities = List.of(
                new Entity("e1", "Inés Peñalver Muñoz", EntityType.PERSON, null, 0.9135,
                        List.of(TestReports.mention(text, "Inés Peñalver Muñoz", 0, EntityType.PERSON, null,
                                MentionSource.MODEL, 0.9135)), List.of()),
                new Entity("e2", "Zoë Ångström AB", EntityType.ORGANIZATION, null, 1.0,
                        List.of(TestReports.mention(text, "Zoë Ångström AB", 0, EntityType.ORGANIZATION, null,
                                MentionSource.GAZETTEER, 1.0)), List.of()),
                new Entity("e3", "Łukasz Żółw", EntityType.PERSON, null, 0.5,
                        List.of(TestReports.mention(text, "Łukasz Żółw", 0, EntityType.PERSON, null,
                                MentionSource.RULE, 0.5)), List.of()));
        List<dev.talkmine.doc.Mention> mentions = new ArrayList<>();
        entities.forEach(e -> mentions.addAll(e.mentions()));
        mentions.sort(null);
        return TestReports.custom("café-notes", text, List.of(talk), entities, List.of(summary), List.of(verdict))
                .withMentions(mentions);
    }

    private Path batch(String name, Set<Format> formats, List<Integer> order) throws IOException {
        Path dir = tmp.resolve(name);
        List<Report> reports = List.of(TestReports.tiny(), accented(), TestReports.tiny("ep16"));
        try (BatchWriter w = BatchWriter.open(dir, formats)) {
            for (int i : order) {
                w.write(i, reports.get(i));
            }
            w.fail(3, "=broken.html", "read", "not UTF-8 at byte 7");
        }
        return dir;
    }

    @Test
    void theWorkbookHoldsEveryCellOfTheCsvTables() throws IOException {
        Path dir = batch("b", Set.of(Format.CSV, Format.XLSX), List.of(0, 1, 2));
        WorkbookCells.assertMatchesCsv(dir);

        Map<String, List<Row>> sheets = WorkbookCells.tables(dir.resolve("talkmine.xlsx"));
        Row talk = sheets.get("talks").get(2); // header, ep15's talk, then the accented report's
        assertThat(talk.getCellText(3)).as("title, neutralised as in the CSV").isEqualTo("'=SUM(A1)");
        assertThat(talk.getCellText(4)).isEqualTo("Inés Peñalver Muñoz");
        assertThat(talk.getCellText(6)).isEqualTo("Inés Peñalver Muñoz (Zoë Ångström AB) gave a talk.\n"
                + "It ran? on Ängelholm's ? cluster.");
        assertThat(talk.getCellText(7)).isEqualTo("mixed");
        assertThat(talk.getCellText(8)).isEqualTo("It ran? on Ängelholm's ? cluster.");
        assertThat(talk.getCellText(11)).isEqualTo("'-parser; @cluster");
        assertThat(talk.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        assertThat(sheets.get("mentions").get(1).getCell(10).asNumber()).isEqualByComparingTo("0.91");
        assertThat(sheets.get("errors").get(1).getCellText(0)).isEqualTo("'=broken.html");
    }

    @Test
    void eachSheetHasABoldFrozenHeaderAnAutofilterAndFittedColumns() throws IOException {
        Path dir = batch("b", Set.of(Format.XLSX), List.of(0, 1, 2));
        assertThat(dir.resolve("talks.csv")).as("the workbook alone").doesNotExist();
        Path xlsx = dir.resolve("talkmine.xlsx");
        String talks = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(talks).contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .contains("<autoFilter ref=\"A1:N4\">")
                .contains("<col min=\"1\" max=\"1\" width=\"11.0\"") // "report" and its filter button
                .contains("<col min=\"7\" max=\"7\" width=\"" + XlsxWorkbook.MAX_WIDTH + ".0\""); // summary: capped
        assertThat(entry(xlsx, "xl/worksheets/sheet4.xml")).contains("<autoFilter ref=\"A1:C2\">");
        assertThat(entry(xlsx, "xl/styles.xml")).contains("<font><b/>");
        assertThat(talks).containsPattern("<c r=\"A1\" s=\"[1-9]\\d*\" t=\"inlineStr\">");
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("<sheet name=\"talks\"").contains("<sheet name=\"mentions\"")
                .contains("<sheet name=\"entities\"").contains("<sheet name=\"errors\"");
    }

    @Test
    void theSameTablesGiveTheSameBytesWhateverTheOrderAndTime() throws IOException, InterruptedException {
        Path a = batch("a", Set.of(Format.XLSX), List.of(0, 1, 2));
        Thread.sleep(1_100); // a creation time in seconds or milliseconds would differ now
        Path b = batch("b", Set.of(Format.XLSX), List.of(2, 0, 1));
        assertThat(Files.readAllBytes(b.resolve("talkmine.xlsx"))).isEqualTo(Files.readAllBytes(a.resolve("talkmine.xlsx")));
        assertThat(entry(a.resolve("talkmine.xlsx"), "docProps/core.xml")).doesNotContain("created");
        try (ZipFile zip = new ZipFile(a.resolve("talkmine.xlsx").toFile())) {
            assertThat(Collections.list(zip.entries())).allMatch(e -> e.getTimeLocal().equals(DeterministicZip.ENTRY_TIME));
        }
        try (var files = Files.list(a)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void aTableLongerThanASheetGoesOnInNumberedSheets() throws IOException {
        Path dir = batch("b", Set.of(Format.CSV), List.of(0, 1, 2));
        List<String> mentions = Files.readAllLines(dir.resolve("mentions.csv")).subList(1, 11);
        Path xlsx = tmp.resolve("small.xlsx");
        XlsxWorkbook.write(xlsx, t -> t == CsvTables.Table.MENTIONS
                ? mentions.stream().map(l -> l + "\r\n").toList() : List.of(), 4);

        Map<String, List<Row>> sheets = WorkbookCells.tables(xlsx);
        assertThat(sheets.get("mentions")).hasSize(11); // one header, the ten rows
        assertThat(sheets.get("mentions").subList(1, 11)).extracting(r -> r.getCellText(6))
                .containsExactlyElementsOf(mentions.stream().map(l -> WorkbookCells.csvCells(l).get(6)).toList());
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("<sheet name=\"mentions 2\"").contains("<sheet name=\"mentions 4\"")
                .doesNotContain("mentions 5");
    }

    @Test
    void cellTextReplacesWhatXmlCannotCarryAndStopsAtTheCellLimit() {
        assertThat(XlsxWorkbook.cellText("Zoë Ångström 😀")).isEqualTo("Zoë Ångström 😀");
        assertThat(XlsxWorkbook.cellText("a\u0000b\u0007c\u001Bd\te\nf\rg\uFFFE")).isEqualTo("a?b?c?d\te\nf\rg?");
        assertThat(XlsxWorkbook.cellText("x\uD800y\uDC00")).isEqualTo("x?y?");
        String longText = "é".repeat(XlsxWorkbook.MAX_CELL_CHARS + 5);
        assertThat(XlsxWorkbook.cellText(longText)).hasSize(XlsxWorkbook.MAX_CELL_CHARS);
        String pairAtTheLimit = "a".repeat(XlsxWorkbook.MAX_CELL_CHARS - 1) + "😀";
        assertThat(XlsxWorkbook.cellText(pairAtTheLimit)).isEqualTo("a".repeat(XlsxWorkbook.MAX_CELL_CHARS - 1));
    }

    @Test
    void thousandsOfRowsGoThroughTheFlushes() throws IOException {
        // 30,000 rows from a generator that keeps nothing: written in pieces of FLUSH_ROWS
        String row = "ep15,1,e1,Guido van Rossum,PERSON,,Guido van Rossum,16,32,model,0.91\r\n";
        Iterable<String> rows = () -> IntStream.range(0, 30_000).mapToObj(i -> row).iterator();
        Path xlsx = tmp.resolve("big.xlsx");
        XlsxWorkbook.write(xlsx, t -> t == CsvTables.Table.MENTIONS ? rows : List.of());
        assertThat(WorkbookCells.tables(xlsx).get("mentions")).hasSize(30_001);
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(name);
            assertThat(e).as(name).isNotNull();
            try (InputStream in = z.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
