package dev.talkmine.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table row as the readers render it: one {@link Block.Kind#OTHER} block whose cells are joined
 * by {@code " | "}, with the header row as the first row of its table (the rows before it on
 * consecutive lines). Lets later stages read a schedule table by column.
 *
 * @param header the cells of the table's first row
 * @param cells  this row's cells, as spans of the report text
 */
public record TableRow(List<String> header, List<TextSpan> cells) {
    private static final String SEPARATOR = " | ";
    /** Columns that hold a talk's title. */
    private static final Pattern TITLE_COLUMN = Pattern.compile("(?i)\\s*(?:talks?|titles?|sessions?|topics?|presentations?)\\s*");
    /** Columns that hold its speakers. */
    private static final Pattern SPEAKER_COLUMN = Pattern.compile("(?i)\\s*(?:speakers?|presenters?|who|by)\\s*");

    /** Copies the lists. */
    public TableRow {
        header = List.copyOf(header);
        cells = List.copyOf(cells);
    }

    /**
     * The row that block {@code i} is, when it is a table row below its table's header row.
     *
     * @return empty for other blocks and for header rows
     */
    public static Optional<TableRow> of(String text, List<Block> blocks, int i) {
        if (!isRow(text, blocks.get(i))) {
            return Optional.empty();
        }
        int first = i;
        while (first > 0 && isRow(text, blocks.get(first - 1))
                && !text.substring(blocks.get(first - 1).span().end(), blocks.get(first).span().start()).contains("\n\n")) {
            first--;
        }
        if (first == i) {
            return Optional.empty();
        }
        List<String> header = split(text, blocks.get(first).span()).stream().map(c -> c.coveredText(text).strip()).toList();
        return Optional.of(new TableRow(header, split(text, blocks.get(i).span())));
    }

    private static boolean isRow(String text, Block b) {
        return b.kind() == Block.Kind.OTHER && b.span().coveredText(text).contains(SEPARATOR);
    }

    /** The title column's cell, if the header names one. */
    public Optional<TextSpan> titleCell() {
        return cell(TITLE_COLUMN);
    }

    /** The speaker column's cell, if the header names one. */
    public Optional<TextSpan> speakerCell() {
        return cell(SPEAKER_COLUMN);
    }

    private Optional<TextSpan> cell(Pattern column) {
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
            if (column.matcher(header.get(c)).matches()) {
                return Optional.of(cells.get(c));
            }
        }
        return Optional.empty();
    }

    /** The spans of the cells of {@code row} in {@code text}. */
    private static List<TextSpan> split(String text, TextSpan row) {
        List<TextSpan> out = new ArrayList<>();
        int from = row.start();
        int search = from;
        int at;
        while ((at = text.indexOf(" |", search)) >= 0 && at < row.end()) {
            int next = at + 2;
            search = next;
            if (next < row.end() && text.charAt(next) != ' ') {
                continue; // "a |b" is no separator
            }
            out.add(new TextSpan(from, at));
            from = Math.min(row.end(), next + 1); // an empty last cell leaves the row ending in " |"
            search = from;
        }
        out.add(new TextSpan(from, row.end()));
        return out;
    }
}
