package dev.talkmine.input;

import dev.talkmine.doc.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Renders Markdown (CommonMark with GFM tables) to plain text by walking its syntax tree. Link
 * targets, images, emphasis markers, inline HTML tags and thematic breaks are dropped; code is kept
 * verbatim; HTML blocks are laid out by {@link HtmlBlocks}, as in an HTML report; the blog
 * engine's own markup (template tags, see {@link EngineMarkup}) is dropped. Only a level-1 heading that opens the document becomes a TITLE: Markdown has no page
 * title line of its own. {@link #render} is thread-safe: each call has a renderer of its own.
 */
final class MarkdownRenderer {
    // Built once: commonmark documents Parser.parse as thread-safe. Source spans let MarkdownDialect
    // find the lines that Python-Markdown and kramdown read differently.
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A(?:---[ \t]*\\R(?<yaml>.*?)\\R(?:---|\\.\\.\\.)|\\+\\+\\+[ \t]*\\R(?<toml>.*?)\\R\\+\\+\\+)"
                    + "[ \t]*(?:\\R|\\z)",
            Pattern.DOTALL);
    /** A YAML or TOML line: {@code key: value}, {@code key = value}, a {@code [table]} or a comment. */
    private static final Pattern METADATA_LINE = Pattern.compile("[ \t]*(?:#.*|\\[.*|[\\w\"'.-]+[ \t]*[:=].*)");

    /** An inline {@code <br>}: a hard line break, as in HTML. */
    private static final Pattern BR = Pattern.compile("<br\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final BlockWriter out = new BlockWriter();
    /** Lays out HTML blocks (a list, a figure, a table written in HTML) as the HTML renderer does. */
    private final HtmlBlocks html = new HtmlBlocks(out);

    private MarkdownRenderer() {
    }

    /** The plain text and blocks of a Markdown report. */
    static Rendered render(String markdown) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        renderer.children(MarkdownDialect.parse(PARSER, withoutFrontMatter(markdown)), 0);
        return renderer.out.result();
    }

    /**
     * The document without its front matter. The first line between the fences must look like
     * metadata, so that a document opening with a thematic break keeps its text.
     */
    private static String withoutFrontMatter(String markdown) {
        Matcher m = FRONT_MATTER.matcher(markdown);
        if (!m.lookingAt()) {
            return markdown;
        }
        String body = m.group("yaml") != null ? m.group("yaml") : m.group("toml");
        boolean metadata = METADATA_LINE.matcher(body.lines().findFirst().orElse("")).matches();
        return metadata ? markdown.substring(m.end()) : markdown;
    }

    /** Renders the blocks under {@code parent}; {@code depth} is the number of enclosing list items. */
    private void children(Node parent, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth);
        }
    }

    private void block(Node n, int depth) {
        String indent = "  ".repeat(depth);
        if (n instanceof Heading h) {
            out.heading(h.getLevel(), depth, indent, inline(h));
        } else if (n instanceof Paragraph) {
            String text = inline(n);
            if (hasCode(n) || !EngineMarkup.isOnlyMarkup(text)) {
                out.paragraph(boldLead(n), text, indent);
            }
        } else if (n instanceof ListBlock list) {
            list(list, depth + 1);
        } else if (n instanceof FencedCodeBlock code) {
            out.add(Kind.CODE, 0, "", code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            out.add(Kind.CODE, 0, "", code.getLiteral());
        } else if (n instanceof HtmlBlock block) {
            html.container(Jsoup.parseBodyFragment(HtmlRegions.unmarked(block.getLiteral())).body(), depth);
        } else if (n instanceof TableBlock table) {
            table(table, indent);
        } else if (n instanceof BlockQuote) {
            children(n, depth);
        } else if (!(n instanceof ThematicBreak || n instanceof LinkReferenceDefinition)) {
            children(n, depth); // blocks from extensions we do not know: keep what they contain
        }
    }

    /** The text of the strong emphasis (or link around one) a paragraph opens with, or null. */
    private static String boldLead(Node paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof Link link && link.getFirstChild() == link.getLastChild()) {
            first = link.getFirstChild();
        }
        return first instanceof StrongEmphasis ? inline(first) : null;
    }

    /** Renders a list whose items are at nesting {@code level} (1 = top level). */
    private void list(ListBlock list, int level) {
        out.openGroup();
        int number = list instanceof OrderedList ordered ? startNumber(ordered) : -1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                item(item, number < 0 ? "-" : (number++) + ".", level);
            }
        }
        out.closeGroup();
    }

    private static int startNumber(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    /**
     * The item's paragraphs up to its first other block (a nested list, code, a quote) go on its
     * marker line, joined by spaces as in the corpus; that block and everything after it follow as
     * blocks of their own.
     */
    private void item(Node item, String marker, int level) {
        StringBuilder own = new StringBuilder();
        Node child = item.getFirstChild();
        for (; child instanceof Paragraph || child instanceof Heading; child = child.getNext()) {
            own.append(' ').append(inline(child));
        }
        out.item(marker, level, "  ".repeat(level - 1), own);
        for (; child != null; child = child.getNext()) {
            block(child, level);
        }
    }

    private void table(TableBlock table, String indent) {
        out.openGroup();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    out.add(Kind.OTHER, 0, indent, cells(row));
                }
            }
        }
        out.closeGroup();
    }

    /** The row's cells joined by {@code " | "}; empty for a row of empty cells. */
    private static String cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(inline(cell).replace('\n', ' ').strip());
            }
        }
        return cells.stream().allMatch(String::isEmpty) ? "" : String.join(" | ", cells);
    }

    /**
     * The text of an inline container: markup dropped, soft breaks as spaces, hard breaks (and
     * {@code <br>}) as newlines.
     */
    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        List<int[]> code = new ArrayList<>();
        appendInline(parent, sb, code);
        return EngineMarkup.withoutShortcodes(sb.toString(), code);
    }

    /** Appends the text under {@code parent}, and the span of each inline code to {@code code}. */
    private static void appendInline(Node parent, StringBuilder sb, List<int[]> code) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                code.add(new int[] {sb.length(), sb.append(c.getLiteral()).length()});
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak || n instanceof HtmlInline html && BR.matcher(html.getLiteral()).matches()) {
                sb.append('\n');
            } else if (!(n instanceof Image || n instanceof HtmlInline)) {
                appendInline(n, sb, code); // emphasis, links and the like: their text only
            }
        }
    }

    /** Whether an inline container holds inline code (whose text is never engine markup). */
    private static boolean hasCode(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Code || hasCode(n)) {
                return true;
            }
        }
        return false;
    }
}
