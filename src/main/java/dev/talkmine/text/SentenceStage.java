package dev.talkmine.text;

import dev.talkmine.ModelException;
import dev.talkmine.doc.Block;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.pipeline.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits each prose block into sentences and tokens with OpenNLP's English models (UD EWT, from
 * Maven Central). Blocks are split separately so that a heading never runs into the paragraph
 * after it. Code blocks get no sentences. Thread-safe.
 */
public final class SentenceStage implements Stage {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** Longest sentence passed on; longer ones are cut at token boundaries (see {@link #addCapped}). */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /** Distinct pieces whose tokens {@link #pieces} keeps (see {@link Memo}). */
    static final int PIECE_MEMO_LIMIT = 100_000;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;
    /**
     * Tokens of each whitespace-separated piece, relative to it. OpenNLP's tokenizer decides each
     * split inside a piece from that piece alone, so a piece always gets the same tokens; pieces
     * recur ("the", "talk.", "(and"), and each undecided one costs a maxent evaluation per character.
     */
    private final Memo<String, Span[]> pieces;

    private SentenceStage(SentenceModel sentenceModel, TokenizerModel tokenModel) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokens = new ThreadSafeTokenizerME(tokenModel);
        this.pieces = new Memo<>(tokens::tokenizePos, PIECE_MEMO_LIMIT);
    }

    /**
     * Loads the OpenNLP sentence and token models from the classpath.
     *
     * @throws ModelException when a model jar is missing from the classpath
     */
    public static SentenceStage load() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL)) {
            return new SentenceStage(new SentenceModel(s), new TokenizerModel(t));
        } catch (IOException e) {
            throw new ModelException("cannot load OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SentenceStage.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ModelException("OpenNLP model " + resource + " not found on the classpath;"
                    + " build with Maven so that opennlp-models-*-en are on it");
        }
        return in;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Report process(Report report) {
        String text = report.text();
        List<Sentence> out = new ArrayList<>();
        for (Block block : report.document().blocks()) {
            if (block.kind() != Block.Kind.CODE) {
                split(text, block.span(), out);
            }
        }
        return report.withSentences(out);
    }

    /** Sentences and tokens of one block, with offsets into the whole text. */
    void split(String text, TextSpan block, List<Sentence> out) {
        String part = block.coveredText(text);
        for (Span s : sentences.sentPosDetect(part)) {
            int start = block.start() + s.getStart();
            String sentence = part.substring(s.getStart(), s.getEnd());
            List<TextSpan> toks = new ArrayList<>();
            // what tokenizePos(sentence) does, piece by piece
            for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
                int at = start + w.getStart();
                for (Span t : pieces.apply(sentence.substring(w.getStart(), w.getEnd()))) {
                    toks.add(new TextSpan(at + t.getStart(), at + t.getEnd()));
                }
            }
            addCapped(new Sentence(new TextSpan(start, block.start() + s.getEnd()), toks), out);
        }
    }

    /**
     * Adds the sentence, cut at token boundaries into pieces of at most {@link #MAX_SENTENCE_CHARS}
     * when it is longer (a run-on "sentence" of 100,000 characters, a line with no punctuation):
     * later stages look at whole sentences, several of them once per mention, and the CRF at all
     * its tokens at once. Real sentences are far shorter (the longest in the dev corpus has 392
     * characters), so this changes nothing for them. A single token longer than the cap stays whole.
     */
    static void addCapped(Sentence sentence, List<Sentence> out) {
        TextSpan span = sentence.span();
        List<TextSpan> toks = sentence.tokens();
        if (span.length() <= MAX_SENTENCE_CHARS || toks.size() < 2) {
            out.add(sentence);
            return;
        }
        int pieceStart = span.start();
        int first = 0;
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).end() - pieceStart > MAX_SENTENCE_CHARS) {
                out.add(new Sentence(new TextSpan(pieceStart, toks.get(i - 1).end()), toks.subList(first, i)));
                pieceStart = toks.get(i).start();
                first = i;
            }
        }
        out.add(new Sentence(new TextSpan(pieceStart, span.end()), toks.subList(first, toks.size())));
    }
}
