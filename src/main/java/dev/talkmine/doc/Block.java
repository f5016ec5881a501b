package dev.talkmine.doc;

import java.util.Objects;

/**
 * A structural unit of a report as its reader saw it: a heading, a paragraph, a list item, a code
 * block. Segmentation works from these; their spans never overlap and are in text order.
 *
 * @param kind  what the block is
 * @param span  where it is in the report's text, without the line break that ends it
 * @param level heading level (1-6) or list nesting depth (1 = top level); 0 for other blocks
 */
public record Block(Kind kind, TextSpan span, int level) {

    /** The kinds of structural block. */
    public enum Kind {
        /** The page title (first line of a plain-text report, or an HTML {@code <title>}). */
        TITLE,
        /** A section heading. */
        HEADING,
        /** A paragraph of running text. */
        PARAGRAPH,
        /** One item of a bulleted or numbered list. */
        LIST_ITEM,
        /** Preformatted code, not prose. */
        CODE,
        /** A table row or other non-prose text. */
        OTHER
    }

    private static final java.util.regex.Pattern LIST_MARKER =
            java.util.regex.Pattern.compile("^\\s*(?:[-*•+]|\\d{1,3}[.)])\\s+");

    /** The text without a leading list marker ("- ", "* ", "3. ", "2) "), as list items are rendered. */
    public static String withoutListMarker(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("");
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
