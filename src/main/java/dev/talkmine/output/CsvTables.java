package dev.talkmine.output;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The four CSV tables of a batch: their columns and how a report becomes rows. Rows are rendered
 * to CSV text at once, so a batch buffers small strings rather than whole reports.
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
            print(sb, names);
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
        String id = r.document().id();
        List<Entity> entities = r.entities();
        // talk index of every mention, computed once so all three tables agree with each other and with the JSON
        List<List<Integer>> talkOf = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Integer> l = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                l.add(ReportJson.talkIndex(r, m.span()));
            }
            talkOf.add(l);
        }
        return new ReportRows(talks(id, r, talkOf), mentions(id, r, talkOf), entities(id, r, talkOf));
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
        return new Row<>(ErrorColumn.class)
                .set(ErrorColumn.FILE, file)
                .set(ErrorColumn.STAGE, stage)
                .set(ErrorColumn.REASON, reason)
                .toCsv();
    }

    private static String talks(String id, Report r, List<List<Integer>> talkOf) {
        // talk index -> entity position -> first mention start inside that talk
        Map<Integer, Map<Integer, Integer>> firstIn = new HashMap<>();
        for (int i = 0; i < talkOf.size(); i++) {
            List<Mention> ms = r.entities().get(i).mentions();
            for (int j = 0; j < ms.size(); j++) {
                Integer t = talkOf.get(i).get(j);
                if (t != null) {
                    firstIn.computeIfAbsent(t, k -> new HashMap<>()).merge(i, ms.get(j).span().start(), Math::min);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Talk t : r.talks()) {
            Map<Integer, Integer> first = firstIn.getOrDefault(t.index(), Map.of());
            Summary summary = r.summaryOf(t);
            Verdict verdict = r.verdictOf(t).orElse(null);
            new Row<>(TalkColumn.class)
                    .set(TalkColumn.REPORT, id)
                    .set(TalkColumn.TALK_INDEX, t.index())
                    .set(TalkColumn.KIND, t.kind().id())
                    .set(TalkColumn.TITLE, t.title())
                    .set(TalkColumn.SPEAKERS, join(t.speakers().stream().map(Speaker::name).toList()))
                    .set(TalkColumn.ORGANIZATIONS, join(t.allOrganizations()))
                    .set(TalkColumn.SUMMARY, summary.text())
                    .set(TalkColumn.VERDICT, verdict == null ? null : verdict.label().id())
                    .set(TalkColumn.VERDICT_EVIDENCE, verdict == null || verdict.evidence() == null ? null
                            : verdict.evidence().coveredText(r.text()))
                    .set(TalkColumn.PEOPLE, join(namesOfType(r, first, EntityType.PERSON)))
                    .set(TalkColumn.TECHNOLOGIES, join(namesOfType(r, first, EntityType.TECHNOLOGY)))
                    .set(TalkColumn.KEYWORDS, join(summary.keywords()))
                    .set(TalkColumn.START, t.span().start())
                    .set(TalkColumn.END, t.span().end())
                    .appendTo(sb);
        }
        return sb.toString();
    }

    /** Distinct canonical names of {@code type} in order of first mention in the talk (entity order breaks ties). */
    private static List<String> namesOfType(Report r, Map<Integer, Integer> first, EntityType type) {
        return first.entrySet().stream()
                .filter(e -> r.entities().get(e.getKey()).type() == type)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> r.entities().get(e.getKey()).name())
                .distinct()
                .toList();
    }

    private static String mentions(String id, Report r, List<List<Integer>> talkOf) {
        record Item(Entity entity, Mention mention, Integer talk) {
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < talkOf.size(); i++) {
            Entity e = r.entities().get(i);
            for (int j = 0; j < e.mentions().size(); j++) {
                items.add(new Item(e, e.mentions().get(j), talkOf.get(i).get(j)));
            }
        }
        // text order; the sort is stable, so equal spans stay in entity order
        items.sort(Comparator.comparing(it -> it.mention().span()));
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            Entity e = it.entity();
            Mention m = it.mention();
            new Row<>(MentionColumn.class)
                    .set(MentionColumn.REPORT, id)
                    .set(MentionColumn.TALK_INDEX, it.talk())
                    .set(MentionColumn.ENTITY_ID, e.id())
                    .set(MentionColumn.ENTITY, e.name())
                    .set(MentionColumn.TYPE, e.type().name())
                    .set(MentionColumn.CATEGORY, e.category())
                    .set(MentionColumn.TEXT, m.text())
                    .set(MentionColumn.START, m.span().start())
                    .set(MentionColumn.END, m.span().end())
                    .set(MentionColumn.SOURCE, m.source().id())
                    .set(MentionColumn.CONFIDENCE, Confidence.format(m.confidence()))
                    .appendTo(sb);
        }
        return sb.toString();
    }

    private static String entities(String id, Report r, List<List<Integer>> talkOf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < talkOf.size(); i++) {
            Entity e = r.entities().get(i);
            TreeSet<Integer> talks = talkOf.get(i).stream().filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            LinkedHashSet<String> forms = e.mentions().stream().map(Mention::text)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            new Row<>(EntityColumn.class)
                    .set(EntityColumn.REPORT, id)
                    .set(EntityColumn.ENTITY_ID, e.id())
                    .set(EntityColumn.ENTITY, e.name())
                    .set(EntityColumn.TYPE, e.type().name())
                    .set(EntityColumn.CATEGORY, e.category())
                    .set(EntityColumn.CONFIDENCE, Confidence.format(e.confidence()))
                    .set(EntityColumn.MENTIONS, e.mentions().size())
                    .set(EntityColumn.TALKS, talks.size())
                    .set(EntityColumn.TALK_INDEXES, join(talks.stream().map(String::valueOf).toList()))
                    .set(EntityColumn.SURFACE_FORMS, join(List.copyOf(forms)))
                    .appendTo(sb);
        }
        return sb.toString();
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

    private static String join(List<String> values) {
        return String.join(JOIN, values);
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

    private static void print(StringBuilder sb, Object[] cells) {
        try {
            FORMAT.printRecord(sb, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }

    /** One record; every column must be set, so adding a column cannot silently shift the others. */
    private static final class Row<E extends Enum<E> & Column> {
        private final Class<E> columns;
        private final String[] cells;

        Row(Class<E> columns) {
            this.columns = columns;
            this.cells = new String[columns.getEnumConstants().length];
        }

        /** Sets a cell; null becomes the empty cell. */
        Row<E> set(E column, Object value) {
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
    }
}
