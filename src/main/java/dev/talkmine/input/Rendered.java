package dev.talkmine.input;

import dev.talkmine.doc.Block;
import java.util.List;

/** A marked-up report rendered to plain text, with the blocks found in that text. */
record Rendered(String text, List<Block> blocks) {

    Rendered {
        blocks = List.copyOf(blocks);
    }
}
