package dev.talkmine.input;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Block.Kind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.internal.HardWrap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the blocks of a plain-text report from the layout of its lines. The text itself is never
 * changed. The rules, in order, for each line of a run of non-blank lines:
 *
 * <ol>
 *   <li>a rule ({@code ----}, {@code ====}, {@code ***}) is no block;
 *   <li>{@code # Heading} is a heading of the level given by the number of {@code #}s (the span is
 *       the heading's text, without the {@code #}s), and so is the first line of a run underlined
 *       with {@code ===} (level 1) or {@code ---} (level 2);
 *   <li>a line starting with a list marker ({@code - }, {@code * }, {@code + }, {@code • },
 *       {@code 1. }, {@code 1) }) starts a list item, nested one level deeper for every two spaces
 *       (or a tab) of further indentation; later lines indented past its marker continue it;
 *   <li>the first line of the report is the title when more text follows, unless it is a list
 *       item, very long, or hard-wrapped into the next line (a report of one line is a paragraph);
 *   <li>a lone line (or the first line of a run, when clearly shorter than the next) that looks
 *       like a heading is a level-2 heading when more text follows: see {@link #looksLikeHeading};
 *   <li>other consecutive lines form one paragraph.
 * </ol>
 *
 * Spans exclude the line breaks and the spaces around a block.
 */
final class PlainTextStructure {
    static final int HEADING_MAX_CHARS = 100;
    static final int HEADING_MAX_WORDS = 12;
    /** "Day 1:" is a heading, "Some of the talks I liked:" introduces a list. */
    static final int COLON_HEADING_MAX_WORDS = 4;
    static final int TITLE_MAX_CHARS = 150;

    private static final Pattern RULE = Pattern.compile("[ \t]*([-=*_~])(?:[ \t]*\\1){2,}[ \t]*");
    private static final Pattern UNDERLINE = Pattern.compile("[ \t]{0,3}(={3,}|-{3,})[ \t]*");
    // DOTALL: patterns run on one line at a time, which may hold a U+2028 or U+0085 that '.' would refuse
    private static final Pattern ATX = Pattern.compile("[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKER = Pattern.compile("[ \t]*(?:[-*+•]|\\d{1,3}[.)])[ \t]+\\S.*", Pattern.DOTALL);

    private final String text;
    private final List<TextSpan> lines;
    private final List<Block> blocks = new ArrayList<>();
    /** Indentation of the list items enclosing the current line, innermost first. */
    private final Deque<Integer> listIndents = new ArrayDeque<>();
    private boolean atFirstLine = true;
    // the block being extended line by line (a paragraph or a list item), if any
    private Kind openKind;
    private int openLevel;
    private int openIndent;
    private int openStart;
    private int openEnd;

    private PlainTextStructure(String text) {
        this.text = text;
        this.lines = lines(text);
    }

    /** The blocks of a plain-text report, in text order. */
    static List<Block> blocks(String text) {
        PlainTextStructure structure = new PlainTextStructure(text);
        structure.parse();
        return structure.blocks;
    }

    /**
     * Whether a line, on its own, looks like a heading: short, has a letter, and does not end like a
     * sentence or clause ({@code . , ; …}), is not a parenthetical remark; a trailing colon only on
     * a very short line.
     */
    static boolean looksLikeHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > HEADING_MAX_CHARS || s.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        int words = WHITESPACE.split(s).length;
        char last = s.charAt(s.length() - 1);
        return words <= HEADING_MAX_WORDS
                && ".,;…".indexOf(last) < 0
                && !(s.charAt(0) == '(' && last == ')')
                && (last != ':' || words <= COLON_HEADING_MAX_WORDS);
    }

    private void parse() {
        int first = 0;
        while (first < lines.size()) {
            if (blank(first)) {
                first++;
                continue;
            }
            int last = first;
            while (last + 1 < lines.size() && !blank(last + 1)) {
                last++;
            }
            run(first, last, hasTextAfter(last));
            first = last + 1;
        }
    }

    /** Lines {@code first..last} (a run of non-blank lines); {@code followed} if text comes after. */
    private void run(int first, int last, boolean followed) {
        for (int i = first; i <= last; i++) {
            if (matches(RULE, i)) {
                close();
                continue;
            }
            boolean titleLine = atFirstLine;
            atFirstLine = false;
            Matcher atx = ATX.matcher(text).region(lines.get(i).start(), lines.get(i).end());
            if (atx.matches()) {
                close();
                heading(titleLine, atx.group(1).length(), new TextSpan(atx.start(2), atx.end(2)));
            } else if (i == first && i < last && !matches(MARKER, i) && matches(UNDERLINE, i + 1)) {
                close();
                heading(titleLine, trimmedLine(i + 1).charAt(0) == '=' ? 1 : 2, lines.get(i));
                i++;
                continue;
            } else if (matches(MARKER, i)) {
                close();
                listItem(i);
            } else if (openKind == Kind.PARAGRAPH || openKind == Kind.LIST_ITEM && indent(i) > openIndent) {
                openEnd = trimmed(i).end();
            } else {
                close();
                if (titleLine && isTitle(i, last, followed)) {
                    heading(true, 0, lines.get(i));
                } else if (i == first && looksLikeHeading(trimmedLine(i))
                        && (i < last ? shorterThanNext(i) : followed)) {
                    heading(false, 2, lines.get(i));
                } else {
                    open(Kind.PARAGRAPH, 0, i);
                }
            }
        }
        close();
    }

    /** A title is short and followed by more text: a report of one paragraph is not its own title. */
    private boolean isTitle(int i, int last, boolean followed) {
        return trimmedLine(i).length() <= TITLE_MAX_CHARS && (i == last ? followed : shorterThanNext(i));
    }

    /** Whether line {@code i} is clearly shorter than the next (so not wrapped into it), or a list follows. */
    private boolean shorterThanNext(int i) {
        return matches(MARKER, i + 1) || HardWrap.endsBefore(trimmedLine(i).length(), trimmedLine(i + 1).length());
    }

    /** Adds a heading, or the title, found in {@code region}. */
    private void heading(boolean title, int level, TextSpan region) {
        Spans.trimmed(text, region.start(), region.end()).ifPresent(span ->
                blocks.add(new Block(title ? Kind.TITLE : Kind.HEADING, span, title ? 0 : level)));
        listIndents.clear();
    }

    private void listItem(int i) {
        int indent = indent(i);
        while (!listIndents.isEmpty() && indent < listIndents.peek() - 1) {
            listIndents.pop();
        }
        if (listIndents.isEmpty() || indent >= listIndents.peek() + 2) {
            listIndents.push(indent);
        }
        open(Kind.LIST_ITEM, listIndents.size(), i);
        openIndent = indent;
    }

    private void open(Kind kind, int level, int i) {
        if (kind == Kind.PARAGRAPH && indent(i) == 0) {
            listIndents.clear();
        }
        openKind = kind;
        openLevel = level;
        openStart = trimmed(i).start();
        openEnd = trimmed(i).end();
    }

    private void close() {
        if (openKind != null) {
            blocks.add(new Block(openKind, new TextSpan(openStart, openEnd), openLevel));
            openKind = null;
        }
    }

    private boolean hasTextAfter(int line) {
        for (int i = line + 1; i < lines.size(); i++) {
            if (!blank(i) && !matches(RULE, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Pattern pattern, int i) {
        return pattern.matcher(text).region(lines.get(i).start(), lines.get(i).end()).matches();
    }

    private boolean blank(int i) {
        return Spans.isBlank(text.subSequence(lines.get(i).start(), lines.get(i).end()));
    }

    /** Line {@code i}, which is not blank, without its surrounding spaces. */
    private TextSpan trimmed(int i) {
        return Spans.trimmed(text, lines.get(i).start(), lines.get(i).end()).orElseThrow();
    }

    private String trimmedLine(int i) {
        return trimmed(i).coveredText(text);
    }

    /** Width of the line's leading whitespace, a tab reaching the next multiple of 4. */
    private int indent(int i) {
        int width = 0;
        for (int p = lines.get(i).start(); p < lines.get(i).end(); p++) {
            char c = text.charAt(p);
            if (c == '\t') {
                width = width / 4 * 4 + 4;
            } else if (Spans.isSpace(c)) {
                width++;
            } else {
                break;
            }
        }
        return width;
    }

    /** The lines of {@code text}, without their line breaks ({@code \n}, {@code \r\n} or {@code \r}). */
    private static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new TextSpan(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new TextSpan(start, text.length()));
        }
        return lines;
    }
}
