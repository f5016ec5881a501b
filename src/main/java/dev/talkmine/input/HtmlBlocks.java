package dev.talkmine.input;

import dev.talkmine.doc.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes HTML elements as blocks: headings, paragraphs (a bold first line as a heading of its
 * own), list items, code, table rows, and text that sits directly in a container ({@code <div>},
 * {@code <body>}…) as paragraphs, as a browser would lay it out. Both renderers use it: the
 * {@link HtmlRenderer} for a whole page, the {@link MarkdownRenderer} for the HTML blocks of a
 * Markdown report, so a list or a figure reads the same in either. Not thread-safe: one per
 * rendering, like the {@link BlockWriter} it writes to.
 */
final class HtmlBlocks {
    /**
     * Never rendered: not visible, not text, or site chrome. {@code nav} and {@code footer} are
     * dropped because on blog pages they hold menus and copyright lines; {@code aside} and
     * {@code header} are kept because reports put side notes and the post's heading there.
     */
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript",
            "template", "nav", "footer", "svg", "math", "iframe", "object", "embed", "canvas", "audio",
            "video", "select", "textarea", "button", "img");
    /** Elements that start a new block of text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp");
    /** Blocks that end a list item's text on its marker line: they, and what follows, are blocks of their own. */
    private static final Set<String> STRUCTURAL = Set.of("ul", "ol", "menu", "dir", "pre", "listing", "xmp", "table",
            "blockquote");
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\n\r\f]+");

    private final BlockWriter out;

    HtmlBlocks(BlockWriter out) {
        this.out = out;
    }

    /**
     * Renders the children of a container; {@code depth} is the number of enclosing list items.
     * Runs of inline content between its blocks become paragraphs.
     */
    void container(Element container, int depth) {
        nodes(container.childNodes(), depth);
    }

    private void nodes(List<Node> nodes, int depth) {
        StringBuilder run = new StringBuilder();
        for (Node child : nodes) {
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.paragraph(null, run.toString(), indent(depth));
                run.setLength(0);
                block(e, depth);
            } else {
                collect(child, run);
            }
        }
        out.paragraph(null, run.toString(), indent(depth));
    }

    private void block(Element e, int depth) {
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        switch (name) {
            // a page without a <title> of its own, or whose <title> its first h1 repeats, is titled by that h1
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.heading(name.charAt(1) - '0', depth, indent(depth), text(e));
            case "p" -> out.paragraph(boldLead(e), text(e), indent(depth));
            case "pre", "listing", "xmp" -> {
                StringBuilder code = new StringBuilder();
                verbatim(e, code);
                out.add(Kind.CODE, 0, "", code.toString());
            }
            case "ul", "ol", "menu", "dir" -> list(e, depth + 1);
            case "li" -> { // an item outside any list: jsoup keeps these when the markup is broken
                out.openGroup();
                item(e, "-", depth + 1);
                out.closeGroup();
            }
            case "table" -> table(e, depth);
            case "hr" -> {
            }
            default -> container(e, depth);
        }
    }

    /**
     * The text of the bold element a paragraph opens with ({@code <strong>}, {@code <b>}, or a link
     * around one), or null if it opens otherwise.
     */
    private static String boldLead(Element p) {
        Node first = firstNonBlank(p);
        if (first instanceof Element a && a.normalName().equals("a")) {
            first = firstNonBlank(a);
        }
        boolean bold = first instanceof Element e && (e.normalName().equals("strong") || e.normalName().equals("b"));
        return bold ? text((Element) first) : null;
    }

    private static Node firstNonBlank(Element parent) {
        for (Node child : parent.childNodes()) {
            if (!(child instanceof TextNode t && t.isBlank())) {
                return child;
            }
        }
        return null;
    }

    /** Renders a list whose items are at nesting {@code level} (1 = top level). */
    private void list(Element list, int level) {
        out.openGroup();
        int number = list.normalName().equals("ol") ? startNumber(list) : -1;
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) {
                item(child, number < 0 ? "-" : (number++) + ".", level);
            } else {
                block(child, level); // e.g. a <ul> put straight inside a <ul>, as old pages do
            }
        }
        out.closeGroup();
    }

    private static int startNumber(Element ol) {
        try {
            return Integer.parseInt(ol.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The item's text up to its first nested list, code, table or quote goes on its marker line,
     * paragraphs and line breaks joined by spaces as in the corpus; that block and everything after
     * it follow as blocks of their own.
     */
    private void item(Element li, String marker, int level) {
        StringBuilder own = new StringBuilder();
        List<Node> children = li.childNodes();
        int i = 0;
        for (; i < children.size(); i++) {
            if (children.get(i) instanceof Element e && endsItemText(e)) {
                break;
            }
            collect(children.get(i), own);
        }
        out.item(marker, level, indent(level - 1), own);
        nodes(children.subList(i, children.size()), level);
    }

    /**
     * Whether a child of a list item is, or directly holds, a nested list, code, a table or a quote.
     * Only one level down: a search of the whole subtree for each child would make deeply nested
     * lists quadratic.
     */
    private static boolean endsItemText(Element child) {
        if (STRUCTURAL.contains(child.normalName())) {
            return true;
        }
        if (BLOCKS.contains(child.normalName())) {
            for (Element grandchild : child.children()) {
                if (STRUCTURAL.contains(grandchild.normalName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void table(Element table, int depth) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> out.add(Kind.PARAGRAPH, 0, indent(depth), text(child));
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream()
                        .filter(r -> r.normalName().equals("tr")).toList());
                default -> {
                }
            }
        }
        out.openGroup();
        for (Element row : rows) {
            List<String> cells = row.children().stream()
                    .filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                    .map(c -> text(c).replace('\n', ' ').strip())
                    .toList();
            if (!cells.stream().allMatch(String::isEmpty)) {
                out.add(Kind.OTHER, 0, indent(depth), String.join(" | ", cells));
            }
        }
        out.closeGroup();
    }

    /** The flattened text of an element, as in {@link #collect}. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb);
        return sb.toString();
    }

    /**
     * Appends the visible text under {@code node} as one run: whitespace collapses to spaces,
     * {@code <br>} is a line break, and nested blocks are at least separated by a space.
     */
    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(WHITESPACE.matcher(t.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (SKIPPED.contains(name)) {
                return;
            }
            if (name.equals("br")) {
                sb.append('\n');
                return;
            }
            boolean block = BLOCKS.contains(name);
            sb.append(block ? " " : "");
            for (Node child : e.childNodes()) {
                collect(child, sb);
            }
            sb.append(block ? " " : "");
        }
    }

    /** Appends the text under {@code node} as written, for {@code <pre>}. */
    private static void verbatim(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.getWholeText());
        } else if (node instanceof Element e && !SKIPPED.contains(e.normalName())) {
            if (e.normalName().equals("br")) {
                sb.append('\n');
            }
            for (Node child : e.childNodes()) {
                verbatim(child, sb);
            }
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
