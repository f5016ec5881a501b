package dev.talkmine.input;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup of the blog engine that a Markdown report was written for, which is not the report's
 * text: template tags of static-site generators (Liquid and Jekyll {@code {% img … %}}, Hugo
 * shortcodes {@code {{< figure … >}}}, Zola {@code {{ fig(…) }}}), which embed images and videos,
 * and an HTML start tag left open, which no engine shows. Stateless.
 */
final class EngineMarkup {
    /**
     * A Hugo shortcode, or what is left of one ({@code {{}}}) once CommonMark took its inner
     * {@code <name …>} for an HTML tag. Never prose, so removed wherever it stands. Bounded and
     * brace-free inside, so a stray {@code {{<} costs a scan to the next brace at most.
     */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{(?:<[^{}]{0,2000}?>|%[^{}]{0,2000}?%|[ \t]*)\\}\\}");
    /** A paragraph of template tags only: {@code {% … %}} and {@code {{ … }}} (a lone one in prose may be an example, so kept). */
    private static final Pattern ONLY_TAGS = Pattern.compile("\\s*(?:(?:\\{%[^{}]{0,2000}?%\\}|\\{\\{[^{}]{0,2000}?\\}\\})\\s*)+");
    /** A paragraph that is an HTML start tag never closed: {@code <amp-youtube data-videoid="…"}. */
    private static final Pattern OPEN_TAG = Pattern.compile("\\s*<[A-Za-z][\\w-]*(?:\\s[^<>]*)?");

    private EngineMarkup() {
    }

    /**
     * {@code text} without its shortcodes, except inside the code spans {@code code} (pairs of
     * start and end offsets into {@code text}, in order).
     */
    static String withoutShortcodes(String text, List<int[]> code) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        Matcher m = SHORTCODE.matcher(text);
        int at = 0;
        int span = 0;
        while (m.find()) {
            while (span < code.size() && code.get(span)[1] <= m.start()) {
                span++;
            }
            if (span < code.size() && code.get(span)[0] < m.end()) {
                continue; // overlaps a code span: an example, kept as written
            }
            sb.append(text, at, m.start());
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** Whether a paragraph's text is engine markup only, to be dropped whole. */
    static boolean isOnlyMarkup(String paragraph) {
        return ONLY_TAGS.matcher(paragraph).matches() || OPEN_TAG.matcher(paragraph).matches();
    }
}
