package dev.talkmine.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Document;
import java.util.List;

/** Checks what every reader promises about blocks, whatever the format. */
final class BlockInvariants {
    private BlockInvariants() {
    }

    static void assertWellFormed(Document document) {
        assertWellFormed(document.text(), document.blocks());
    }

    /** Blocks are in order, do not overlap, lie within the text and neither start nor end on whitespace. */
    static void assertWellFormed(String text, List<Block> blocks) {
        int previousEnd = 0;
        for (Block block : blocks) {
            String covered = block.span().coveredText(text);
            assertThat(block.span().start()).as("%s starts after the previous block", block).isGreaterThanOrEqualTo(previousEnd);
            assertThat(block.span().end()).as("%s lies within the text", block).isLessThanOrEqualTo(text.length());
            assertThat(covered).as("%s is not empty", block).isNotEmpty();
            assertThat(isSpace(covered.charAt(0))).as("%s starts on whitespace", block).isFalse();
            assertThat(isSpace(covered.charAt(covered.length() - 1))).as("%s ends on whitespace", block).isFalse();
            previousEnd = block.span().end();
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The blocks as "KIND level: covered text" lines, for compact assertions. */
    static List<String> describe(String text, List<Block> blocks) {
        return blocks.stream().map(b -> b.kind() + " " + b.level() + ": " + b.span().coveredText(text)).toList();
    }

    static List<String> describe(Document document) {
        return describe(document.text(), document.blocks());
    }
}
