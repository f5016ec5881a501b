package dev.talkmine.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * Counts tokens the way the baseline does: CoreNLP's own {@code tokenize} annotator with its
 * default (English) options, run on the plain text both sides are given. Both sides are credited
 * with this count, so tokens/s are comparable (talkmine tokenizes with OpenNLP, which splits
 * slightly differently; its own count is reported alongside for reference).
 */
public final class TokenCounter implements ToIntFunction<String> {
    private final StanfordCoreNLP tokenizer;

    public TokenCounter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        this.tokenizer = new StanfordCoreNLP(p);
    }

    @Override
    public int applyAsInt(String text) {
        Annotation a = new Annotation(text);
        tokenizer.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
