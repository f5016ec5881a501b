package dev.talkmine.doc;

import java.util.Objects;

/**
 * The smallest piece of a report that can open a passage: a heading, a list item, a table row, or
 * one sentence of a paragraph (talks in narrative reports start mid-paragraph).
 *
 * @param index    position among the report's units
 * @param kind     the kind of the block it belongs to
 * @param level    the block's heading level or list depth (0 otherwise)
 * @param block    index of its block in the document
 * @param sentence its sentence's position in the block (0 for the first or the whole block)
 * @param span     where it is, from the block's start for the first unit of a block
 * @param content  its text without a list marker: where its shape was read
 * @param shape    its form
 */
public record Unit(int index, Block.Kind kind, int level, int block, int sentence, TextSpan span, TextSpan content,
                   Shape shape) {

    public Unit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(shape, "shape");
    }

    /** Whether it starts its block. */
    public boolean firstOfBlock() {
        return sentence == 0;
    }
}
