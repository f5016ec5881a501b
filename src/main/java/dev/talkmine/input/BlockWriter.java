package dev.talkmine.input;

import dev.talkmine.doc.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the plain text of a rendered (Markdown or HTML) report block by block, in the layout of
 * the corpus files: each block starts on a new line, blocks are separated by a blank line, except
 * inside a group (a list or a table), whose blocks follow each other on consecutive lines.
 */
final class BlockWriter {
    private static final Pattern NEWLINES = Pattern.compile("\r\n?");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A([ \t]*\n)+");
    private static final Pattern SPACES = Pattern.compile("[ \t\f\u000B\u00A0]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?(\n ?)+");
    /** Two line breaks in a row ({@code <br><br>}): a paragraph break, as a reader sees it. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\f\u000B\u00A0]*\n");

    /** Bold paragraphs used as headings rank below any real heading. */
    static final int BOLD_HEADING_LEVEL = 6;

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private int groupDepth;
    private boolean sameGroup;

    /**
     * Whether a paragraph that opens with bold text is a heading written in bold ("**10:30 – Streams
     * Without Tears – Lukas Brandt**", "**Workshop: CLIs with oclif** (Priya Raman)"): one short
     * line, mostly bold. "**Note:** the wifi was down." is not.
     */
    static boolean boldHeading(String bold, String paragraph) {
        String p = paragraph.strip();
        return !p.isEmpty() && p.length() <= 200 && p.indexOf('\n') < 0 && bold.strip().length() * 2 >= p.length();
    }

    /** Starts a list or table; groups nest (a nested list continues its parent's group). */
    void openGroup() {
        if (groupDepth++ == 0) {
            sameGroup = false;
        }
    }

    /** Ends the innermost group; the block after the outermost one is set off by a blank line. */
    void closeGroup() {
        if (--groupDepth == 0) {
            sameGroup = false;
        }
    }

    /**
     * Appends a heading of {@code level} (1-6). The report's first block, when it is a level-1
     * heading outside any list, is its title instead: the rule of Markdown and HTML reports alike.
     *
     * @param depth the number of enclosing list items
     */
    void heading(int level, int depth, String indent, String content) {
        boolean title = level == 1 && depth == 0 && blocks.isEmpty();
        add(title ? Block.Kind.TITLE : Block.Kind.HEADING, title ? 0 : level, indent, content);
    }

    /**
     * Appends a block. Prose ({@code content} of any kind but CODE) is tidied: runs of spaces become
     * one, no spaces or blank lines around line breaks, and lines after the first are indented like
     * the first (two more spaces under a list marker). Code is kept verbatim but for the blank lines
     * around it. Nothing is written for blank content.
     *
     * @param indent  spaces before the block, outside its span (nested lists)
     * @param content the block's text, list marker included
     */
    void add(Block.Kind kind, int level, String indent, String content) {
        String body = kind == Block.Kind.CODE ? code(content) : prose(content, kind, indent);
        if (Spans.isBlank(body)) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(sameGroup ? "\n" : "\n\n");
        }
        text.append(indent);
        int start = text.length();
        text.append(body);
        Spans.trimmed(text, start, text.length()).ifPresent(span -> blocks.add(new Block(kind, span, level)));
        sameGroup = groupDepth > 0;
    }

    /**
     * Appends a paragraph. {@code lead} is the text of the bold span it opens with, or null: when
     * its first line (up to a line break) is a bold heading ({@link #boldHeading}), that line is a
     * HEADING of its own and the rest a paragraph, as in "**Title by Name**", a break, then the
     * talk's description. Two breaks in a row end a paragraph, as they look like one ending.
     */
    void paragraph(String lead, String text, String indent) {
        String s = text.strip();
        int br = s.indexOf('\n');
        String first = br < 0 ? s : s.substring(0, br);
        if (lead != null && boldHeading(firstLine(lead), first)) {
            add(Block.Kind.HEADING, BOLD_HEADING_LEVEL, indent, first);
            s = br < 0 ? "" : s.substring(br + 1);
        }
        for (String part : BLANK_LINE.split(s)) {
            add(Block.Kind.PARAGRAPH, 0, indent, part);
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int br = t.indexOf('\n');
        return br < 0 ? t : t.substring(0, br);
    }

    /**
     * Writes a list item's marker line: the marker and the item's text up to its first nested
     * block, line breaks and paragraphs joined by spaces (the corpus layout). Nothing is written
     * for an item without such text.
     */
    void item(String marker, int level, String indent, CharSequence text) {
        String own = text.toString().replace('\n', ' ').strip();
        if (!Spans.isBlank(own)) {
            add(Block.Kind.LIST_ITEM, level, indent, marker + " " + own);
        }
    }

    /** The text and blocks written so far. */
    Rendered result() {
        return new Rendered(text.toString(), blocks);
    }

    private static String prose(String content, Block.Kind kind, String indent) {
        String s = SPACES.matcher(NEWLINES.matcher(content).replaceAll("\n")).replaceAll(" ");
        s = SPACE_AROUND_NEWLINE.matcher(s.strip()).replaceAll("\n");
        String hanging = kind == Block.Kind.LIST_ITEM ? indent + "  " : indent;
        return s.replace("\n", "\n" + hanging);
    }

    private static String code(String content) {
        String s = NEWLINES.matcher(content).replaceAll("\n");
        return LEADING_BLANK_LINES.matcher(s).replaceFirst("").stripTrailing();
    }
}
