package dev.talkmine.ner;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Features of the words and marks around a candidate: function words right before and after (a
 * closed list), which cue lists the nearby words belong to (technology cues, organization context,
 * roles, talk verbs, venues, events, days), the punctuation that frames it ("(" before, ")" after),
 * its place in the sentence and block (sentence-initial, in a heading, after a heading's dash), code
 * formatting, URLs, quoted titles. Thread-safe.
 */
final class ContextFeatures {
    /** The cue lists whose words are looked for around a candidate. */
    private static final List<String> AROUND = List.of("technology-cues", "software-nouns", "software-kinds", "organization-before",
            "organization-after", "role-words", "talk-verbs", "session-nouns", "event-words", "venue-words", "affiliation-cues",
            "not-affiliation-cues", "time-words");
    /** The lists whose words inside a candidate say what it is. */
    private static final List<String> INSIDE = List.of("venue-words", "event-words", "organization-suffixes", "time-words",
            "session-nouns", "software-kinds");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;](?:\\s|$)");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”\\n]{3,200}[\"”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)(?:talk|talks|talked|talking|keynote|spoke|presentation)\\s+"
            + "(?:about|on)\\s+$");

    private final Lexicon lexicon;

    ContextFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void add(TextContext ctx, TextSpan span, List<String> out) {
        words(ctx, span, out);
        marks(ctx, span, out);
        place(ctx, span, out);
        String before = ctx.text.substring(Math.max(0, span.start() - 40), span.start());
        if (TOPIC_BEFORE.matcher(before).find()) {
            out.add("topic-before");
        }
        if (insideQuotedTitle(ctx.text, span)) {
            out.add("quoted-title");
        }
    }

    private void words(TextContext ctx, TextSpan span, List<String> out) {
        List<String> before = ctx.wordsBefore(span, 3);
        List<String> after = ctx.wordsAfter(span, 2);
        if (!before.isEmpty() && lexicon.contains("context-words", before.get(before.size() - 1))) {
            out.add("w-1=" + before.get(before.size() - 1));
        }
        if (!after.isEmpty() && lexicon.contains("context-words", after.get(0))) {
            out.add("w+1=" + after.get(0));
        }
        for (String list : AROUND) {
            if (before.stream().anyMatch(w -> lexicon.contains(list, w))) {
                out.add("before:" + list);
            }
            if (after.stream().anyMatch(w -> lexicon.contains(list, w))) {
                out.add("after:" + list);
            }
        }
        String[] inside = SPACES.split(span.coveredText(ctx.text).strip());
        for (String list : INSIDE) {
            for (String w : inside) {
                if (lexicon.contains(list, w)) {
                    out.add("inside:" + list);
                    break;
                }
            }
        }
        if (lexicon.contains("not-name-words", inside[0])) {
            out.add("first:not-name-word");
        }
        if (lexicon.contains("honorifics", before.isEmpty() ? "" : before.get(before.size() - 1))) {
            out.add("after-honorific");
        }
    }

    /** The punctuation framing the span on its line, and handles, code and URLs. */
    private static void marks(TextContext ctx, TextSpan span, List<String> out) {
        String text = ctx.text;
        int lineStart = ctx.lineStart(span.start());
        int lineEnd = ctx.lineEnd(span.end());
        int p = span.start() - 1;
        while (p >= lineStart && text.charAt(p) == ' ') {
            p--;
        }
        int n = span.end();
        while (n < lineEnd && text.charAt(n) == ' ') {
            n++;
        }
        char prev = p >= lineStart ? text.charAt(p) : '\n';
        char next = n < lineEnd ? text.charAt(n) : '\n';
        out.add("pc=" + mark(prev));
        out.add("nc=" + mark(next));
        if (next == '(' && n + 1 < lineEnd && text.charAt(n + 1) == '@' || next == '@') {
            out.add("handle-after");
        }
        if (span.start() > 0 && text.charAt(span.start() - 1) == '@') {
            out.add("handle");
        }
        if (GazetteerRecognizer.codeLike(ctx, span)) {
            out.add("code");
        }
        if (inUrl(text, span, lineStart, lineEnd)) {
            out.add("in-url");
        }
    }

    /** A punctuation mark's class for features: letters and digits are "w", line ends "eol". */
    private static String mark(char c) {
        if (c == '\n') {
            return "eol";
        }
        if (Character.isLetterOrDigit(c)) {
            return "w";
        }
        return switch (c) {
            case '–', '—', '-' -> "dash";
            case '"', '“', '”', '\'', '‘', '’' -> "quote";
            case '(', ')', ',', ':', ';', '|', '@', '#', '/', '.', '!', '?', '*', '[', ']', '&', '+' -> String.valueOf(c);
            default -> "other";
        };
    }

    /** Whether the span lies in a URL: its whitespace-delimited token has "://" or starts with "www.". */
    private static boolean inUrl(String text, TextSpan span, int lineStart, int lineEnd) {
        int a = span.start();
        while (a > lineStart && !Character.isWhitespace(text.charAt(a - 1))) {
            a--;
        }
        int b = span.end();
        while (b < lineEnd && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        String token = text.substring(a, b);
        return token.contains("://") || token.startsWith("www.");
    }

    private void place(TextContext ctx, TextSpan span, List<String> out) {
        Block block = ctx.block(span.start());
        String kind = block == null ? "none" : block.kind().name().toLowerCase(java.util.Locale.ROOT);
        out.add("block=" + kind);
        boolean initial = ctx.sentenceInitial(span);
        if (initial) {
            out.add("initial");
        }
        int lineStart = ctx.lineStart(span.start());
        int lineEnd = ctx.lineEnd(span.start());
        boolean shortLine = lineEnd - lineStart <= 100
                && !SENTENCE_PUNCTUATION.matcher(ctx.text).region(lineStart, lineEnd).find();
        out.add("line=" + (shortLine ? "short" : "prose"));
        // only the end of a long lead is read: copying whole lines would make a long paragraph quadratic
        String lead = span.start() - lineStart > 100 ? ctx.text.substring(span.start() - 100, span.start()).strip()
                : Block.withoutListMarker(ctx.text.substring(lineStart, span.start())).strip();
        if (lead.isEmpty()) {
            out.add("line-initial");
        } else if (shortLine && (lead.endsWith("-") || lead.endsWith("–") || lead.endsWith("—") || lead.endsWith(":")
                || lead.endsWith("|") || lead.endsWith(" by") || lead.endsWith("\""))) {
            out.add("after-separator");
            out.add("after-separator&" + kind);
        }
        out.add("sentence-pos=" + Features.bucket(ctx.wordsBefore(span, 9).size()));
    }

    /** Whether the span lies inside a quoted title of three or more words. */
    private static boolean insideQuotedTitle(String text, TextSpan span) {
        int from = Math.max(0, span.start() - 200);
        var m = QUOTED.matcher(text).region(from, Math.min(text.length(), span.end() + 200));
        while (m.find()) {
            if (m.start() < span.start() && span.end() < m.end() && SPACES.split(m.group()).length >= 3) {
                return true;
            }
        }
        return false;
    }
}
