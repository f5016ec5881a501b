package dev.talkmine.structure;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the structure layer: the report's units (headings, list items and table rows whole;
 * paragraphs and list items sentence by sentence) with the shape of each, read once for every
 * later stage. Immutable and thread-safe.
 */
public final class StructureStage implements Stage {
    /** A clause shorter than this many characters is no unit of its own. */
    private static final int MIN_CLAUSE = 30;

    private final Shaper shaper;
    /**
     * Where a sentence may hand over to another talk: after a comma or semicolon, before a joining
     * word ("..., and after lunch it was Rafael's turn").
     */
    private final Pattern clause;
    /** A talk verb, session noun or other talk cue, whole word. */
    private final Pattern talkCue;

    /** A stage that reads cue words (kinds, days, talk verbs, clause joiners) from {@code lexicon}. */
    public StructureStage(Lexicon lexicon) {
        this.shaper = new Shaper(lexicon);
        this.clause = Pattern.compile("[,;]\\s+(?=" + lexicon.alternation("clause-joiners") + "\\b)", // per call on purpose: made of the lexicon's words, once per stage
                Pattern.CASE_INSENSITIVE);
        this.talkCue = Pattern.compile("(?<![\\p{L}])(?:" + lexicon.alternation("talk-verbs") + "|" + lexicon.alternation("session-nouns") // per call on purpose: made of the lexicon's words, once per stage
                + "|" + lexicon.alternation("talk-cues") + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.SENTENCES).require(Layer.RESOLVED_MENTIONS);
        String text = report.text();
        SpanIndex<Sentence> sentences = SpanIndex.of(report.sentences(), Sentence::span);
        SpanIndex<Mention> mentions = SpanIndex.of(report.resolvedMentions(), Mention::span);
        List<Block> blocks = report.document().blocks();
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.CODE) {
                continue; // code is quoted material, not the report's account of a talk: it belongs to the passage around it
            }
            for (TextSpan piece : clauses(text, pieces(block, sentences), mentions)) {
                boolean first = piece.start() == block.span().start();
                TextSpan content = first ? content(text, block, piece) : piece;
                int sentence = first ? 0 : sentenceIndex(units, b);
                units.add(new Unit(units.size(), block.kind(), block.level(), b, sentence, piece, content,
                        shaper.shape(text, content, mentions.within(content))));
            }
        }
        return report.withUnits(units);
    }

    /** The block whole, or its sentences for paragraphs and list items (the first from the block's start). */
    private static List<TextSpan> pieces(Block block, SpanIndex<Sentence> sentences) {
        boolean split = block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.LIST_ITEM;
        List<Sentence> in = split ? sentences.within(block.span()) : List.of();
        if (in.size() < 2) {
            return List.of(block.span());
        }
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            int start = i == 0 ? block.span().start() : in.get(i).span().start();
            int end = i + 1 < in.size() ? in.get(i).span().end() : block.span().end();
            out.add(new TextSpan(start, Math.max(start, end)));
        }
        return out;
    }

    /**
     * Sentences split where a clause that names a person and a talk starts with a joining word:
     * talks in narrative reports can start mid-sentence.
     */
    private List<TextSpan> clauses(String text, List<TextSpan> sentences, SpanIndex<Mention> mentions) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : sentences) {
            int start = s.start();
            Matcher m = clause.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                int cut = m.end();
                boolean person = mentions.within(new TextSpan(cut, s.end())).stream()
                        .anyMatch(x -> x.type() == EntityType.PERSON && x.span().start() - cut < 80);
                boolean talk = talkCue.matcher(text).region(cut, Math.min(s.end(), cut + 120)).find();
                if (person && talk && cut - start >= MIN_CLAUSE && s.end() - cut >= MIN_CLAUSE) {
                    out.add(new TextSpan(start, m.start() + 1));
                    start = cut;
                }
            }
            out.add(new TextSpan(start, s.end()));
        }
        return out;
    }

    private static int sentenceIndex(List<Unit> units, int block) {
        Unit last = units.get(units.size() - 1);
        return last.block() == block ? last.sentence() + 1 : 0;
    }

    /** The block's first piece without a list marker. */
    private static TextSpan content(String text, Block block, TextSpan piece) {
        if (block.kind() != Block.Kind.LIST_ITEM) {
            return piece;
        }
        String covered = piece.coveredText(text);
        int cut = covered.length() - Block.withoutListMarker(covered).length();
        return new TextSpan(piece.start() + cut, piece.end());
    }
}
