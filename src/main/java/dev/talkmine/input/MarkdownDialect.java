package dev.talkmine.input;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown as CommonMark, except where the engines that reports are written for
 * (Python-Markdown, kramdown, the original Markdown.pl) read a line differently and the report
 * relies on it. A first parse finds those lines; the source is then rewritten (insertions only)
 * and parsed again, so code blocks, lists and quotes are judged by CommonMark itself:
 *
 * <ul>
 *   <li>{@code ###Title}, hashes without a space, is a heading there and a paragraph in
 *       CommonMark: a space is put after the hashes of such a paragraph line;
 *   <li>raw HTML runs from the line that opens an element to the line that closes it, and
 *       Markdown resumes right after: see {@link HtmlRegions}.
 * </ul>
 */
final class MarkdownDialect {
    /** Hashes glued to the heading text, at the start of a paragraph line. */
    private static final Pattern GLUED_ATX = Pattern.compile("[ \t]{0,3}#{1,6}(?=[^#\\s])");

    private MarkdownDialect() {
    }

    /** The syntax tree of {@code source}; the parser must include block source spans. */
    static Node parse(Parser parser, String source) {
        Node document = parser.parse(source);
        Map<Integer, String> insertions = new TreeMap<>();
        for (Node n = document; n != null; n = next(n)) {
            if (n instanceof Paragraph) {
                gluedHeadings(n, source, insertions);
            }
        }
        HtmlRegions.find(source, document, insertions);
        return insertions.isEmpty() ? document : parser.parse(apply(source, insertions));
    }

    /** A space after the hashes of every paragraph line written {@code ###Title}. */
    private static void gluedHeadings(Node paragraph, String source, Map<Integer, String> insertions) {
        for (SourceSpan span : paragraph.getSourceSpans()) {
            int start = span.getInputIndex();
            Matcher m = GLUED_ATX.matcher(source).region(start, start + span.getLength());
            if (m.lookingAt()) {
                insertions.merge(m.end(), " ", String::concat);
            }
        }
    }

    /** The node after {@code n} in document order, without recursion (nesting can be deep). */
    private static Node next(Node n) {
        if (n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    private static String apply(String source, Map<Integer, String> insertions) {
        StringBuilder sb = new StringBuilder(source.length() + insertions.size() * 2);
        int at = 0;
        for (Map.Entry<Integer, String> e : insertions.entrySet()) {
            sb.append(source, at, e.getKey()).append(e.getValue());
            at = e.getKey();
        }
        return sb.append(source, at, source.length()).toString();
    }
}
