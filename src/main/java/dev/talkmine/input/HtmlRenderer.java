package dev.talkmine.input;

import dev.talkmine.doc.Block.Kind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders an HTML page to plain text in the same layout as {@link MarkdownRenderer}: the
 * {@code <title>} first (TITLE) unless the first h1 repeats it (then that h1 is the title), then the body's blocks as {@link HtmlBlocks} lays them out.
 * Parsing is jsoup's, so broken markup is repaired rather than rejected. {@link #render} is
 * thread-safe: each call has a writer of its own.
 */
final class HtmlRenderer {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private HtmlRenderer() {
    }

    private static Set<String> words(String s) {
        return Arrays.stream(NON_WORD.split(s.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The plain text and blocks of an HTML report. */
    static Rendered render(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        BlockWriter out = new BlockWriter();
        Element h1 = page.body().selectFirst("h1");
        if (h1 == null || !words(page.title()).containsAll(words(h1.text()))) {
            out.add(Kind.TITLE, 0, "", page.title());
        }
        new HtmlBlocks(out).container(page.body(), 0);
        return out.result();
    }
}
