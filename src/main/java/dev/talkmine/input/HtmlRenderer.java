package dev.talkmine.input;

import dev.talkmine.doc.Block.Kind;
import dev.talkmine.internal.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders an HTML page to plain text in the same layout as {@link MarkdownRenderer}: the
 * {@code <title>} first (TITLE) unless the first h1 repeats it (then that h1 is the title, by
 * {@link BlockWriter#heading}'s rule), then the body's blocks as {@link HtmlBlocks} lays them out.
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
        Element h1 = page.body().selectFirst("h1");
        if (h1 == null || !Words.of(page.title()).containsAll(Words.of(h1.text()))) {
            out.add(Kind.TITLE, 0, "", page.title());
        }
        new HtmlBlocks(out).container(page.body(), 0);
        return out.result();
    }
}
