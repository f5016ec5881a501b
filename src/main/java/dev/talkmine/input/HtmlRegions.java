package dev.talkmine.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where a Markdown report's raw HTML starts and ends, as Python-Markdown (and Markdown.pl) see it:
 * from a line that opens with a tag to the line that closes that element, blank lines included;
 * the lines after it are Markdown again. CommonMark instead ends an HTML block at the first blank
 * line (so a {@code <div>} with blank lines inside falls apart into code blocks) and runs it on
 * to the next blank line (so the Markdown paragraph right under a {@code <p>…</p>} line or a
 * {@code <br>} line is read as HTML, its links and emphasis left as written). This class only
 * finds the insertions that make CommonMark agree: a no-break space on the blank lines inside an
 * element (CommonMark does not count such a line as blank) and a blank line before Markdown that
 * follows a closed element. Linear in the size of the source.
 */
final class HtmlRegions {
    /** The tag names after which CommonMark starts an HTML block even inside a paragraph. */
    private static final Set<String> BLOCK_NAMES = Set.of("address", "article", "aside", "base", "basefont",
            "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
            "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre",
            "script", "search", "section", "style", "summary", "table", "tbody", "td", "textarea", "tfoot",
            "th", "thead", "title", "tr", "track", "ul");
    /** Elements without content, so without a closing tag. */
    private static final Set<String> VOID_NAMES = Set.of("area", "base", "basefont", "br", "col", "embed",
            "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** A start or end tag; group 4 is {@code >} when the tag ends on this line. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)(>?)");
    /** A tag opening a line, after at most three spaces. */
    private static final Pattern LINE_TAG = Pattern.compile("[ ]{0,3}<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>]|$)");
    /** A comment, processing instruction, declaration or CDATA: CommonMark already ends these right. */
    private static final Pattern LINE_OTHER = Pattern.compile("[ ]{0,3}<[!?]");

    /** The mark {@link #find} puts on a blank line inside an element. */
    private static final Pattern MARKED_BLANK_LINE = Pattern.compile("^\u00A0(?=[ \t]*$)", Pattern.MULTILINE);

    private final String source;
    /** Start offset of each line; one more entry, the source length. */
    private final int[] lineStarts;
    /** For a line that opens with a start tag: the line of its end tag, or -1. */
    private final int[] closeLine;

    private HtmlRegions(String source, Node document) {
        this.source = source;
        this.lineStarts = lineStarts(source);
        this.closeLine = new int[lineStarts.length - 1];
        Arrays.fill(closeLine, -1);
        matchTags(fencedLines(document));
    }

    /** Adds to {@code insertions} (offset to text) what the top-level HTML blocks of {@code document} need. */
    static void find(String source, Node document, Map<Integer, String> insertions) {
        HtmlRegions regions = null;
        int done = -1;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (n instanceof HtmlBlock && !spans.isEmpty() && spans.get(0).getLineIndex() > done) {
                regions = regions == null ? new HtmlRegions(source, document) : regions;
                done = regions.block(spans.get(0).getLineIndex(), spans.get(spans.size() - 1).getLineIndex(), insertions);
            }
        }
    }

    /** The HTML of a block as written: without the marks {@link #find} put on its blank lines (they show in a {@code <pre>}). */
    static String unmarked(String html) {
        return html.indexOf('\u00A0') < 0 ? html : MARKED_BLANK_LINE.matcher(html).replaceAll("");
    }

    /**
     * The insertions for the HTML block on lines {@code first..last}; returns the last line it
     * now covers.
     */
    private int block(int first, int last, Map<Integer, String> insertions) {
        int limit = last;
        int line = first;
        while (line <= limit) {
            if (line == first || startsHtml(line)) {
                if (LINE_OTHER.matcher(source).region(lineStarts[line], lineEnd(line)).lookingAt()) {
                    return limit; // a comment and the like end where CommonMark ends them
                }
                int end = regionEnd(line);
                if (end < 0) {
                    return limit; // never closed: CommonMark's reading is as good a guess as any
                }
                if (end > limit) {
                    for (int i = limit + 1; i <= end; i++) {
                        if (blank(i)) {
                            insertions.merge(lineStarts[i], "\u00A0", String::concat);
                        }
                    }
                    limit = end;
                    while (limit + 1 < closeLine.length && !blank(limit + 1)) {
                        limit++; // CommonMark runs the block on to the next blank line
                    }
                }
                line = end + 1;
            } else {
                insertions.merge(lineStarts[line], "\n", String::concat); // Markdown again
                do {
                    line++;
                } while (line <= limit && !startsHtml(line));
            }
        }
        return limit;
    }

    /** The last line of the element that opens line {@code line}: itself for an empty element; -1 if unclosed. */
    private int regionEnd(int line) {
        Matcher m = LINE_TAG.matcher(source).region(lineStarts[line], lineEnd(line));
        if (!m.lookingAt() || !m.group(1).isEmpty() || VOID_NAMES.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return line;
        }
        return closeLine[line];
    }

    /** Whether line {@code line} opens with a tag that CommonMark starts an HTML block at, in any context. */
    private boolean startsHtml(int line) {
        Matcher m = LINE_TAG.matcher(source).region(lineStarts[line], lineEnd(line));
        return m.lookingAt() && BLOCK_NAMES.contains(m.group(2).toLowerCase(Locale.ROOT))
                || LINE_OTHER.matcher(source).region(lineStarts[line], lineEnd(line)).lookingAt();
    }

    /**
     * Pairs start and end tags over the whole source (outside fenced code), innermost first, and
     * records for each line that opens with a start tag the line of its end tag.
     */
    private void matchTags(BitSet skipped) {
        Map<String, Deque<Integer>> open = new HashMap<>();
        for (int line = 0; line < closeLine.length; line++) {
            if (skipped.get(line)) {
                continue;
            }
            Matcher m = TAG.matcher(source).region(lineStarts[line], lineEnd(line));
            boolean atLineStart = LINE_TAG.matcher(source).region(lineStarts[line], lineEnd(line)).lookingAt();
            boolean firstTag = true;
            while (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                boolean selfClosing = !m.group(4).isEmpty() && m.group(3).endsWith("/");
                if (m.group(1).isEmpty() && !VOID_NAMES.contains(name) && !selfClosing) {
                    open.computeIfAbsent(name, k -> new ArrayDeque<>()).push(atLineStart && firstTag ? line : -1);
                } else if (!m.group(1).isEmpty()) {
                    Deque<Integer> stack = open.get(name);
                    Integer opener = stack == null ? null : stack.poll();
                    if (opener != null && opener >= 0) {
                        closeLine[opener] = line;
                    }
                }
                firstTag = false;
            }
        }
    }

    private static BitSet fencedLines(Node document) {
        BitSet lines = new BitSet();
        List<Node> todo = new ArrayList<>(List.of(document));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n instanceof FencedCodeBlock) {
                n.getSourceSpans().forEach(s -> lines.set(s.getLineIndex()));
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                todo.add(c);
            }
        }
        return lines;
    }

    private boolean blank(int line) {
        for (int i = lineStarts[line]; i < lineEnd(line); i++) {
            if (source.charAt(i) != ' ' && source.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Where line {@code line} ends, before its line break. */
    private int lineEnd(int line) {
        int end = lineStarts[line + 1];
        if (end > lineStarts[line] && source.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line] && source.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Line starts as CommonMark counts lines ({@code \n}, {@code \r\n} or {@code \r}), plus the end. */
    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        if (starts.get(starts.size() - 1) != s.length()) {
            starts.add(s.length());
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
