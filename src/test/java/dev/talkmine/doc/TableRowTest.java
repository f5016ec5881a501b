package dev.talkmine.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRowTest {
    private static final String TEXT = "Intro.\n\nTime | Talk | Speaker\n09:30 | Safety at scale | Ana Lima\n10:30 | Lunch |\n\nA | B\nx | y";

    private static List<Block> blocks() {
        return List.of(block(Block.Kind.PARAGRAPH, "Intro."), block(Block.Kind.OTHER, "Time | Talk | Speaker"),
                block(Block.Kind.OTHER, "09:30 | Safety at scale | Ana Lima"), block(Block.Kind.OTHER, "10:30 | Lunch |"),
                block(Block.Kind.OTHER, "A | B"), block(Block.Kind.OTHER, "x | y"));
    }

    /** The row of block i, as the stages look it up. */
    private static Optional<TableRow> row(String text, List<Block> blocks, int i) {
        Map<Integer, TableRow> all = TableRow.all(text, blocks);
        return Optional.ofNullable(all.get(blocks.get(i).span().start()));
    }

    private static Block block(Block.Kind kind, String s) {
        int at = TEXT.indexOf(s);
        return new Block(kind, new TextSpan(at, at + s.length()), 0);
    }

    @Test
    void aRowBelowItsHeaderIsReadByColumn() {
        TableRow row = row(TEXT, blocks(), 2).orElseThrow();
        assertThat(row.header()).containsExactly("Time", "Talk", "Speaker");
        assertThat(row.titleCell().orElseThrow().coveredText(TEXT)).isEqualTo("Safety at scale");
        assertThat(row.speakerCell().orElseThrow().coveredText(TEXT)).isEqualTo("Ana Lima");
        assertThat(row(TEXT, blocks(), 3).orElseThrow().titleCell().orElseThrow().coveredText(TEXT)).isEqualTo("Lunch");
        String pipes = "Talk | Who\nA |B talk | Jo";
        List<Block> two = List.of(new Block(Block.Kind.OTHER, new TextSpan(0, 10), 0), new Block(Block.Kind.OTHER, new TextSpan(11, 24), 0));
        assertThat(row(pipes, two, 1).orElseThrow().titleCell().orElseThrow().coveredText(pipes))
                .as("a pipe without a space after it stays in the cell").isEqualTo("A |B talk");
    }

    @Test
    void headersParagraphsAndTablesWithoutATalkColumn() {
        assertThat(row(TEXT, blocks(), 1)).as("the header row").isEmpty();
        assertThat(row(TEXT, blocks(), 0)).as("a paragraph").isEmpty();
        TableRow other = row(TEXT, blocks(), 5).orElseThrow();
        assertThat(other.header()).as("a blank line starts another table").containsExactly("A", "B");
        assertThat(other.titleCell()).isEmpty();
        assertThat(other.speakerCell()).isEmpty();
    }

    @Test
    void aHundredThousandRowsAreReadInOnePass() {
        StringBuilder text = new StringBuilder("Time | Talk | Speaker");
        List<Block> blocks = new java.util.ArrayList<>(List.of(new Block(Block.Kind.OTHER, new TextSpan(0, text.length()), 0)));
        for (int i = 0; i < 100_000; i++) {
            text.append('\n');
            int start = text.length();
            text.append(i).append(" | Talk ").append(i).append(" | Jo");
            blocks.add(new Block(Block.Kind.OTHER, new TextSpan(start, text.length()), 0));
        }
        Map<Integer, TableRow> all = TableRow.all(text.toString(), blocks);
        assertThat(all).hasSize(100_000);
        assertThat(all.get(blocks.get(100_000).span().start()).titleCell().orElseThrow().coveredText(text.toString()))
                .isEqualTo("Talk 99999");
    }
}
