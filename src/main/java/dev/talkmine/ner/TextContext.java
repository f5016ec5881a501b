package dev.talkmine.ner;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Read-only questions about the words around a span, shared by the recognisers of one report. */
final class TextContext {
    // compiled once: sentenceInitial runs for most gazetteer and rule matches
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*•]|\\d+[.)])?\\s*");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^\\d{1,2}[:.h]\\d{2}(?:\\s*[-–—]\\s*\\d{1,2}[:.h]\\d{2})?\\s*[-–—:|]?");
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\s\"'“‘(\\[*_`]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}'’.+#-]*[\\p{L}\\p{M}\\p{N}+#])?");

    final String text;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final List<Block> blocks;
    private final int[] blockStarts;
    /** Offsets of the line breaks: line lookups are binary searches, not scans of a possibly huge line. */
    private final int[] lineBreaks;

    private EventNames events;

    /** The report's event names, found on first use. */
    EventNames events() {
        if (events == null) {
            events = new EventNames(text);
        }
        return events;
    }

    TextContext(Report report) {
        this.text = report.text();
        List<Sentence> s = report.sentences();
        sentenceStarts = new int[s.size()];
        sentenceEnds = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            sentenceStarts[i] = s.get(i).span().start();
            sentenceEnds[i] = s.get(i).span().end();
        }
        blocks = report.document().blocks();
        blockStarts = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            blockStarts[i] = blocks.get(i).span().start();
        }
        lineBreaks = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** The block containing offset, or null (blank lines between blocks). */
    Block block(int offset) {
        int i = java.util.Arrays.binarySearch(blockStarts, offset);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 && blocks.get(i).span().contains(offset) ? blocks.get(i) : null;
    }

    /** Where the line containing offset starts. */
    int lineStart(int offset) {
        if (offset <= 0) {
            return 0;
        }
        int i = java.util.Arrays.binarySearch(lineBreaks, offset - 1);
        int before = i >= 0 ? i : -i - 2; // the last break at or before offset - 1
        return before < 0 ? 0 : lineBreaks[before] + 1;
    }

    /** Where the line containing offset ends (its line break, or the end of the text). */
    int lineEnd(int offset) {
        int i = java.util.Arrays.binarySearch(lineBreaks, Math.max(0, offset));
        int next = i >= 0 ? i : -i - 1; // the first break at or after offset
        return next < lineBreaks.length ? lineBreaks[next] : text.length();
    }

    /** The sentence containing offset, or the line around it when no sentence does. */
    TextSpan sentence(int offset) {
        int i = java.util.Arrays.binarySearch(sentenceStarts, offset);
        i = i >= 0 ? i : -i - 2;
        if (i >= 0 && offset < sentenceEnds[i]) {
            return new TextSpan(sentenceStarts[i], sentenceEnds[i]);
        }
        return new TextSpan(lineStart(offset), lineEnd(offset));
    }

    /** Whether the span begins its sentence or line (ignoring quotes, brackets and list markers). */
    boolean sentenceInitial(TextSpan span) {
        int s = sentence(span.start()).start();
        String before = text.substring(s, span.start());
        // a list marker or a schedule time ("14:00 – Lightning talks") does not start the sentence
        String rest = LEADING_TIME.matcher(LIST_MARKER.matcher(before).replaceFirst("")).replaceFirst("");
        return NOT_A_WORD.matcher(rest).replaceAll("").isEmpty();
    }

    /** Up to n words before the span in its sentence, lower-cased, nearest last. */
    List<String> wordsBefore(TextSpan span, int n) {
        int from = Math.max(sentence(span.start()).start(), span.start() - 80);
        List<String> all = words(text.substring(from, span.start()));
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    /** Up to n words after the span in its sentence, lower-cased. */
    List<String> wordsAfter(TextSpan span, int n) {
        int to = Math.min(Math.max(span.end(), sentence(span.start()).end()), span.end() + 80);
        List<String> all = words(text.substring(span.end(), to));
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<String> words(String s) {
        Matcher m = WORD.matcher(s);
        var out = new java.util.ArrayList<String>();
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
