package dev.talkmine.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void headersComeFromTheColumnEnums() {
        assertThat(CsvTables.Table.TALKS.header()).isEqualTo(
                "report,talk_index,kind,title,speakers,organizations,summary,verdict,verdict_evidence,people,technologies,keywords,"
                        + "start,end\r\n");
        assertThat(CsvTables.Table.MENTIONS.header()).isEqualTo(
                "report,talk_index,entity_id,entity,type,category,text,start,end,source,confidence\r\n");
        assertThat(CsvTables.Table.ENTITIES.header()).isEqualTo(
                "report,entity_id,entity,type,category,confidence,mentions,talks,talk_indexes,surface_forms\r\n");
        assertThat(CsvTables.Table.ERRORS.header()).isEqualTo("file,stage,reason\r\n");
    }

    @Test
    void tinyReportRows() {
        CsvTables.ReportRows rows = CsvTables.rows(TestReports.tiny());
        assertThat(rows.talks()).isEqualTo(
                "ep15,1,keynote,Python 3,Guido van Rossum,Dropbox,"
                        + "\"Guido van Rossum (Dropbox) gave the keynote \"\"Python 3\"\".\","
                        + "none,,Guido van Rossum,asyncio,python 3; asyncio,16,100\r\n");
        // text order, so e1's second mention comes after e2's
        assertThat(rows.mentions()).isEqualTo("""
                ep15,1,e1,Guido van Rossum,PERSON,,Guido van Rossum,16,32,model,0.91\r
                ep15,1,e2,Dropbox,ORGANIZATION,,Dropbox,34,41,gazetteer,0.95\r
                ep15,1,e1,Guido van Rossum,PERSON,,Guido,72,77,rule,0.8\r
                ep15,1,e3,asyncio,TECHNOLOGY,library,asyncio,91,98,gazetteer,1.0\r
                ep15,,e4,Bilbao,LOCATION,,Bilbao,121,127,model,0.875\r
                """);
        assertThat(rows.entities()).isEqualTo("""
                ep15,e1,Guido van Rossum,PERSON,,0.93,2,1,1,Guido van Rossum; Guido\r
                ep15,e2,Dropbox,ORGANIZATION,,0.95,1,1,1,Dropbox\r
                ep15,e3,asyncio,TECHNOLOGY,library,1.0,1,1,1,asyncio\r
                ep15,e4,Bilbao,LOCATION,,0.875,1,0,,Bilbao\r
                """);
    }

    @Test
    void peopleAndTechnologiesAreInOrderOfFirstMentionInsideTheTalk() throws IOException {
        //             0         1         2         3         4         5
        //             0123456789012345678901234567890123456789012345678901234
        String text = "Rust by Bo. Go, Ann, Rust and Bo. Ann said Go is fine.";
        Talk t1 = talk(1, 0, 12);
        Talk t2 = talk(2, 12, text.length());
        List<Entity> es = List.of(
                entity("e1", "Rust", EntityType.TECHNOLOGY, text, 0, 21),
                entity("e2", "Bo", EntityType.PERSON, text, 8, 30),
                entity("e3", "Go", EntityType.TECHNOLOGY, text, 12, 43),
                entity("e4", "Ann", EntityType.PERSON, text, 16, 34),
                entity("e5", "fine", EntityType.ORGANIZATION, text, 49)); // neither column lists organizations
        List<CSVRecord> talks = parse(CsvTables.rows(TestReports.custom("r", text, List.of(t1, t2), es)).talks());
        assertThat(talks.get(0).get(9)).isEqualTo("Bo");
        assertThat(talks.get(0).get(10)).isEqualTo("Rust");
        assertThat(talks.get(1).get(9)).isEqualTo("Ann; Bo");
        assertThat(talks.get(1).get(10)).isEqualTo("Go; Rust");

        List<CSVRecord> entities = parse(CsvTables.rows(TestReports.custom("r", text, List.of(t1, t2), es)).entities());
        assertThat(entities.get(0).get(7)).isEqualTo("2"); // Rust: talks
        assertThat(entities.get(0).get(8)).isEqualTo("1; 2");
    }

    @Test
    void commasQuotesAndNewlinesAreQuotedAndRoundTrip() throws IOException {
        String title = "Fast, \"safe\" and\nconcurrent\r\nC++";
        String summary = "One line,\nanother; with \"quotes\"";
        String text = "It was \"great\",\nreally.";
        Talk t = new Talk(1, new TextSpan(0, text.length()), TalkKind.TALK, title,
                List.of(new Speaker("O'Brien, Pat", List.of("A, Inc."))), List.of(), List.of());
        Summary s = new Summary(1, List.of(), summary, List.of("a,b"), List.of());
        Verdict v = new Verdict(1, Verdict.Label.POSITIVE, 0.8, new TextSpan(0, text.length()), List.of());
        String csv = CsvTables.rows(TestReports.custom("r", text, List.of(t), List.of(), List.of(s), List.of(v))).talks();
        assertThat(csv).contains("\"Fast, \"\"safe\"\" and\nconcurrent\r\nC++\"");
        assertThat(csv).endsWith("\r\n");
        CSVRecord rec = parse(csv).get(0);
        assertThat(rec.get(3)).isEqualTo(title);
        assertThat(rec.get(4)).isEqualTo("O'Brien, Pat");
        assertThat(rec.get(5)).isEqualTo("A, Inc.");
        assertThat(rec.get(6)).isEqualTo(summary);
        assertThat(rec.get(7)).isEqualTo("positive");
        assertThat(rec.get(8)).isEqualTo(text);
        assertThat(rec.get(11)).isEqualTo("a,b");
    }

    @Test
    void formulasInReportDataAreNeutralisedInEveryTable() throws IOException {
        String text = "=cmd and @SUM";
        Talk t = new Talk(1, new TextSpan(0, text.length()), TalkKind.TALK, "=HYPERLINK(\"http://x\")",
                List.of(new Speaker("+1 Speaker", List.of())), List.of(), List.of());
        Summary s = new Summary(1, List.of(), "-x", List.of("@kw"), List.of());
        Verdict v = new Verdict(1, Verdict.Label.MIXED, 0.5, new TextSpan(0, 4), List.of());
        Entity e = new Entity("e1", "=cmd", EntityType.TECHNOLOGY, "-cat", 0.5,
                List.of(new Mention(new TextSpan(0, 4), "=cmd", EntityType.TECHNOLOGY, "=cmd", null,
                        MentionSource.RULE, 0.5, "test")), List.of());
        CsvTables.ReportRows rows = CsvTables.rows(TestReports.custom("r", text, List.of(t), List.of(e), List.of(s),
                List.of(v)));
        CSVRecord talk = parse(rows.talks()).get(0);
        assertThat(talk.get(3)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(talk.get(4)).isEqualTo("'+1 Speaker");
        assertThat(talk.get(6)).isEqualTo("'-x");
        assertThat(talk.get(8)).isEqualTo("'=cmd"); // the verdict's evidence
        assertThat(talk.get(10)).isEqualTo("'=cmd");
        assertThat(talk.get(11)).isEqualTo("'@kw");
        CSVRecord mention = parse(rows.mentions()).get(0);
        assertThat(mention.get(3)).isEqualTo("'=cmd");
        assertThat(mention.get(5)).isEqualTo("'-cat");
        assertThat(mention.get(6)).isEqualTo("'=cmd");
        assertThat(parse(rows.entities()).get(0).get(9)).isEqualTo("'=cmd");
        assertThat(parse(CsvTables.errorRow("-f.txt", "read", "=oops")).get(0).values())
                .containsExactly("'-f.txt", "read", "'=oops");
    }

    @Test
    void nullTitleAndCategoryAreEmptyCells() throws IOException {
        Talk t = new Talk(1, new TextSpan(0, 1), TalkKind.OTHER, null, List.of(), List.of(), List.of());
        CSVRecord rec = parse(CsvTables.rows(TestReports.custom("r", "x", List.of(t), List.of())).talks()).get(0);
        assertThat(rec.get(3)).isEmpty();
        assertThat(rec.size()).isEqualTo(CsvTables.TalkColumn.values().length);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return p.getRecords();
        }
    }

    private static Talk talk(int index, int start, int end) {
        return new Talk(index, new TextSpan(start, end), TalkKind.TALK, "t" + index, List.of(), List.of(), List.of());
    }

    private static Entity entity(String id, String name, EntityType type, String text, int... starts) {
        List<Mention> ms = new java.util.ArrayList<>();
        for (int s : starts) {
            String surface = text.substring(s, s + name.length());
            ms.add(new Mention(new TextSpan(s, s + name.length()), surface, type, name, null, MentionSource.MODEL,
                    0.9, "test"));
        }
        return new Entity(id, name, type, null, 0.9, ms, List.of());
    }
}
