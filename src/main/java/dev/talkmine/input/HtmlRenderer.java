package dev.talkmine.input;

import dev.talkmine.doc.Block.Kind;
import org.jsoup.Jsoup;

/**
 * Renders an HTML page to plain text in the same layout as {@link MarkdownRenderer}: the
 * {@code <title>} first (TITLE), then the body's blocks as {@link HtmlBlocks} lays them out.
 * Parsing is jsoup's, so broken markup is repaired rather than rejected. {@link #render} is
 * thread-safe: each call has a writer of its own.
 */
final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /** The plain text and blocks of an HTML report. */
    static Rendered render(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        BlockWriter out = new BlockWriter();
        out.add(Kind.TITLE, 0, "", page.title());
        new HtmlBlocks(out).container(page.body(), 0);
        return out.result();
    }
}
