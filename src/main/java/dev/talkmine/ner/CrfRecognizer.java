package dev.talkmine.ner;

import dev.talkmine.ModelException;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.text.Memo;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * People, organizations and locations from CoreNLP's English 3-class CRF
 * ({@code english.all.3class.distsim}). Only the CRF runs: it needs no POS tags, and the rest of
 * CoreNLP's default NER (fine-grained regex NER, SUTime, numeric classifiers) finds nothing this
 * genre needs, at most of its cost. Tokens come from OpenNLP. Besides the Viterbi labels it reads each
 * token's marginal probability from the same calibrated clique tree (no second pass): a mention's
 * confidence is the lowest marginal of its label over its tokens. Sentences with no capital the CRF
 * could read as a name are not classified ({@link CrfSentences}). Thread-safe:
 * the classifier is read-only after loading. A large report's sentences are classified on more than
 * one thread.
 */
final class CrfRecognizer {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** About 100 KB of text: below it a report is one chunk on the caller's thread. */
    static final int PARALLEL_FROM_TOKENS = 20_000;
    /** About 0.3 s of CRF work: small enough to balance, large enough to be cheap to hand out. */
    static final int CHUNK_TOKENS = 10_000;
    /** Distinct words whose spelling normalisation is kept (see {@link Memo}). */
    static final int WORD_MEMO_LIMIT = 200_000;

    private final CRFClassifier<CoreLabel> classifier;
    private final CrfSentences sentences;

    private CrfRecognizer(CRFClassifier<CoreLabel> classifier, CrfSentences sentences) {
        this.classifier = classifier;
        this.sentences = sentences;
    }

    /**
     * A recognizer over a model from {@link #model()}.
     *
     * @param words ordinary English words: a sentence whose only capital opens one of them is skipped
     */
    static CrfRecognizer of(CRFClassifier<CoreLabel> model, WordList words) {
        return new CrfRecognizer(model, new CrfSentences(words));
    }

    /** Reads CoreNLP's model from the classpath and checks that {@link #classify} can run it. */
    static CRFClassifier<CoreLabel> model() {
        CRFClassifier<CoreLabel> crf;
        try {
            crf = CRFClassifier.getClassifier(MODEL);
        } catch (Exception | LinkageError e) {
            throw new ModelException("cannot load CoreNLP NER model " + MODEL
                    + " (is stanford-corenlp's models jar on the classpath?): " + e, e);
        }
        var f = crf.flags;
        // classify() below is CRFClassifier.classifyMaxEnt with Viterbi, spelled out to keep the clique tree
        if (f.doGibbs || !"maxent".equalsIgnoreCase(f.crfType) || f.useReverse
                || f.inferenceType != null && !"Viterbi".equalsIgnoreCase(f.inferenceType)) {
            throw new ModelException(MODEL + ": expected a Viterbi maxent CRF");
        }
        if (f.wordFunction != null && !(f.wordFunction instanceof Memo)) {
            // the model's British-to-American spelling map: the feature factory shares these flags and
            // applies it to each word once per feature that reads it (a dozen times per token, three regexes each)
            f.wordFunction = new Memo<>(f.wordFunction, WORD_MEMO_LIMIT);
        }
        return crf;
    }

    List<Proposal> find(Report report) {
        return find(report, PARALLEL_FROM_TOKENS, CHUNK_TOKENS);
    }

    /**
     * Classifies the report's sentences in chunks of about {@code chunkTokens} tokens when it has at
     * least {@code parallelFromTokens}: the caller and up to the common pool's parallelism of
     * helpers take chunks in turn, and the chunks' mentions are concatenated in order, so the
     * result is the same as one pass. Ordinary reports stay on the caller's thread; a batch already
     * runs them in parallel.
     */
    List<Proposal> find(Report report, int parallelFromTokens, int chunkTokens) {
        CrfSentences.Split split = sentences.split(report.text(), report.sentences());
        List<Proposal> out = find(report, split.read(), parallelFromTokens, chunkTokens);
        List<Sentence> again = sentences.openedByNames(report.text(), split.skipped(), out);
        if (again.isEmpty()) {
            return out;
        }
        out.addAll(classify(report, again, () -> false));
        out.sort(Comparator.comparingInt(p -> p.span().start()));
        return out;
    }

    private List<Proposal> find(Report report, List<Sentence> toRead, int parallelFromTokens, int chunkTokens) {
        List<List<Sentence>> chunks = chunks(toRead, chunkTokens);
        int tokens = toRead.stream().mapToInt(s -> s.tokens().size()).sum();
        int helperCount = Math.min(chunks.size() - 1, ForkJoinPool.getCommonPoolParallelism());
        if (tokens < parallelFromTokens || helperCount < 1) {
            List<Proposal> out = new ArrayList<>();
            for (List<Sentence> chunk : chunks) {
                out.addAll(classify(report, chunk, () -> false));
            }
            return out;
        }
        AtomicReferenceArray<List<Proposal>> results = new AtomicReferenceArray<>(chunks.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger next = new AtomicInteger();
        Thread caller = Thread.currentThread();
        // everyone stops between sentences once a chunk failed or the caller was interrupted (timed out)
        BooleanSupplier stop = () -> failure.get() != null || caller.isInterrupted();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < chunks.size() && !stop.getAsBoolean(); i = next.getAndIncrement()) {
                try {
                    results.set(i, classify(report, chunks.get(i), stop));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (Error e) {
                    failure.compareAndSet(null, new IllegalStateException(e));
                    throw e;
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = 0; h < helperCount; h++) {
            helpers.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        // Waits for helpers still classifying. A helper that never started (busy or empty pool) is
        // run here by join and finds nothing left, so no queued task keeps the report alive.
        helpers.forEach(ForkJoinTask::join);
        if (failure.get() != null) {
            throw failure.get();
        }
        if (caller.isInterrupted()) {
            throw cancelled(report); // stopped before the last chunks
        }
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            out.addAll(results.get(i));
        }
        return out;
    }

    private static CancellationException cancelled(Report report) {
        return new CancellationException(report.document().id() + ": interrupted in the CRF");
    }

    /** Consecutive runs of sentences holding about {@code chunkTokens} tokens each. */
    private static List<List<Sentence>> chunks(List<Sentence> sentences, int chunkTokens) {
        List<List<Sentence>> chunks = new ArrayList<>();
        int from = 0;
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            tokens += sentences.get(i).tokens().size();
            if (tokens >= chunkTokens || i == sentences.size() - 1) {
                chunks.add(sentences.subList(from, i + 1));
                from = i + 1;
                tokens = 0;
            }
        }
        return chunks;
    }

    private List<Proposal> classify(Report report, List<Sentence> sentences, BooleanSupplier stop) {
        String text = report.text();
        List<Proposal> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (Thread.currentThread().isInterrupted() || stop.getAsBoolean()) {
                // stop between sentences too, so an abandoned report frees its core (and its helpers)
                throw cancelled(report);
            }
            List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
            for (TextSpan t : s.tokens()) {
                String token = t.coveredText(text);
                // "Boreham's" as one token hides the name from the model: split the possessive off
                if (token.length() > 3 && (token.endsWith("'s") || token.endsWith("’s"))) {
                    labels.add(label(text, new TextSpan(t.start(), t.end() - 2)));
                    labels.add(label(text, new TextSpan(t.end() - 2, t.end())));
                } else {
                    labels.add(label(text, t));
                }
            }
            if (labels.isEmpty()) {
                continue;
            }
            try {
                collect(text, tag(labels), out);
            } catch (RuntimeInterruptedException e) {
                throw cancelled(report); // CoreNLP's Viterbi checks too; callers get one exception type
            }
        }
        return out;
    }

    /**
     * What {@code classifySentence} does (preprocess, clique tree, Viterbi), keeping the calibrated
     * clique tree: each token gets its label, and each token labelled as an entity that label's
     * marginal probability.
     */
    private Tagged tag(List<CoreLabel> labels) {
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
            labels.get(i).set(CoreAnnotations.AnswerAnnotation.class, classifier.backgroundSymbol());
        }
        List<CoreLabel> doc = new ObjectBankWrapper<CoreLabel>(classifier.flags, null, classifier.getKnownLCWords())
                .processDocument(labels);
        CRFCliqueTree<String> tree = classifier.getCliqueTree(classifier.documentToDataAndLabels(doc));
        int[] best = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
        String[] answers = new String[doc.size()];
        double[] probs = new double[doc.size()];
        for (int j = 0; j < doc.size(); j++) {
            int label = best[j + classifier.windowSize() - 1];
            answers[j] = tree.classIndex().get(label);
            // only the tokens of a mention need their marginal (collect reads no other)
            probs[j] = type(answers[j]) == null ? Double.NaN : tree.prob(j, label);
        }
        return new Tagged(doc, answers, probs);
    }

    /** A sentence's tokens with their labels and the labels' marginal probabilities (NaN outside mentions). */
    private record Tagged(List<CoreLabel> tokens, String[] labels, double[] probs) {
    }

    private static CoreLabel label(String text, TextSpan t) {
        CoreLabel l = new CoreLabel();
        String word = ptb(t.coveredText(text));
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(t.coveredText(text));
        l.setBeginPosition(t.start());
        l.setEndPosition(t.end());
        return l;
    }

    /** Groups runs of tokens with the same label into proposals; confidence is the run's lowest marginal. */
    private static void collect(String text, Tagged tagged, List<Proposal> out) {
        int i = 0;
        int n = tagged.tokens().size();
        while (i < n) {
            String label = tagged.labels()[i];
            EntityType type = type(label);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            double p = tagged.probs()[i];
            while (j < n && label.equals(tagged.labels()[j])) {
                p = Math.min(p, tagged.probs()[j]);
                j++;
            }
            TextSpan span = new TextSpan(tagged.tokens().get(i).beginPosition(), tagged.tokens().get(j - 1).endPosition());
            String surface = span.coveredText(text);
            double confidence = Math.max(0, Math.min(1, p));
            out.add(new Proposal(new Mention(span, surface, type, surface, null, MentionSource.MODEL, confidence,
                    "CoreNLP CRF " + label), List.of("crf=" + type, "crf.p=" + probability(confidence))));
            i = j;
        }
    }

    /** A marginal probability as a coarse bucket. */
    static String probability(double p) {
        return p >= 0.95 ? "95" : p >= 0.85 ? "85" : p >= 0.7 ? "70" : p >= 0.5 ? "50" : "low";
    }

    private static EntityType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    /** The token forms the CRF was trained on (Penn Treebank conventions). */
    private static String ptb(String token) {
        return switch (token) {
            case "(" -> "-LRB-";
            case ")" -> "-RRB-";
            case "[" -> "-LSB-";
            case "]" -> "-RSB-";
            case "{" -> "-LCB-";
            case "}" -> "-RCB-";
            case "\u201C" -> "``";
            case "\u201D" -> "''";
            case "\u2019" -> "'";
            default -> token;
        };
    }
}
