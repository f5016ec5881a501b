package dev.talkmine.summary;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of talk passages, as the summary and verdict decisions read them: every sentence
 * of the report that overlaps the passage, cut to it (a passage may start or end mid-sentence),
 * with the kind of block it is in. Pieces without a letter (a stray list number) are left out.
 * Immutable once made; one per report.
 */
public final class PassageSentences {
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What may stand before a block's first sentence: white space and a list marker. */
    private static final Pattern MARKER_ONLY = Pattern.compile("\\s*(?:[-*\u2022+]|\\d{1,3}[.)])?\\s*");

    private final String text;
    private final SpanIndex<Sentence> sentences;
    private final SpanIndex<Block> blocks;

    private PassageSentences(Report report) {
        this.text = report.text();
        this.sentences = SpanIndex.of(report.sentences(), Sentence::span);
        this.blocks = SpanIndex.of(report.document().blocks(), Block::span);
    }

    /** The sentences of {@code report}'s passages. */
    public static PassageSentences of(Report report) {
        return new PassageSentences(report);
    }

    /**
     * One sentence of a passage.
     *
     * @param index        its position among the passage's pieces
     * @param span         the sentence, cut to the passage and without surrounding white space
     * @param block        the kind of block it is in (a heading, a list item, a paragraph ...)
     * @param firstOfBlock whether it starts its block
     * @param tokens       its tokens inside the span
     */
    public record Piece(int index, TextSpan span, Block.Kind block, boolean firstOfBlock, List<TextSpan> tokens) {
        public Piece {
            tokens = List.copyOf(tokens);
        }
    }

    /** The pieces of {@code passage}, in text order. */
    public List<Piece> in(TextSpan passage) {
        List<Piece> out = new ArrayList<>();
        for (Sentence s : sentences.overlapping(passage)) {
            TextSpan cut = trim(Math.max(s.span().start(), passage.start()), Math.min(s.span().end(), passage.end()));
            if (cut == null || !LETTER.matcher(text).region(cut.start(), cut.end()).find()) {
                continue;
            }
            List<TextSpan> tokens = s.tokens().stream().filter(cut::contains).toList();
            Block block = blockAt(cut.start());
            Block.Kind kind = block == null ? Block.Kind.PARAGRAPH : block.kind();
            boolean first = block == null || block.span().start() >= cut.start()
                    || MARKER_ONLY.matcher(text).region(block.span().start(), cut.start()).matches();
            out.add(new Piece(out.size(), cut, kind, first, tokens));
        }
        return out;
    }

    /** The text a piece covers, on one line and without a list marker. */
    public String oneLine(TextSpan span) {
        return SPACES.matcher(Block.withoutListMarker(span.coveredText(text).strip())).replaceAll(" ");
    }

    private Block blockAt(int offset) {
        List<Block> around = blocks.overlapping(new TextSpan(offset, offset + 1));
        return around.isEmpty() ? null : around.get(0);
    }

    private TextSpan trim(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new TextSpan(start, end) : null;
    }
}
