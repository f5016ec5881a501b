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
import opennlp.tools.util.Span;

/**
 * Splits each prose block into sentences and tokens with OpenNLP's English models (UD EWT, from
 * Maven Central). Blocks are split separately so that a heading never runs into the paragraph
 * after it. Code blocks get no sentences. Thread-safe.
 */
public final class SentenceStage implements Stage {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;

    private SentenceStage(SentenceModel sentenceModel, TokenizerModel tokenModel) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokens = new ThreadSafeTokenizerME(tokenModel);
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
            for (Span t : tokens.tokenizePos(sentence)) {
                toks.add(new TextSpan(start + t.getStart(), start + t.getEnd()));
            }
            out.add(new Sentence(new TextSpan(start, block.start() + s.getEnd()), toks));
        }
    }
}
