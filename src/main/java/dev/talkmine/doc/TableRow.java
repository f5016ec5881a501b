package dev.talkmine.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table row as the readers render it: one {@link Block.Kind#OTHER} block whose cells are joined
 * by {@code " | "}, with the header row as the first row of its table (rows on consecutive lines
 * form one table). Lets later stages read a schedule table by column.
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
     * Every table row below its table's header row, by the start offset of its block, found in one
     * pass over the blocks.
     */
    public static Map<Integer, TableRow> all(String text, List<Block> blocks) {
        Map<Integer, TableRow> out = new HashMap<>();
        List<String> header = null;
        Block previous = null;
        for (Block b : blocks) {
            if (!isRow(text, b)) {
                header = null;
            } else if (header == null || text.substring(previous.span().end(), b.span().start()).contains("\n\n")) {
                header = split(text, b.span()).stream().map(c -> c.coveredText(text).strip()).toList();
            } else {
                out.put(b.span().start(), new TableRow(header, split(text, b.span())));
            }
            previous = b;
        }
        return out;
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
