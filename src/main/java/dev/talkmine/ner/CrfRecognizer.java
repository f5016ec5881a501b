package dev.talkmine.ner;

import dev.talkmine.ModelException;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * People, organizations and locations from CoreNLP's English 3-class CRF
 * ({@code english.all.3class.distsim}). Only the CRF runs: it needs no POS tags, and the rest of
 * CoreNLP's default NER (fine-grained regex NER, SUTime, numeric classifiers) finds nothing this
 * genre needs, at most of its cost. Tokens come from OpenNLP. Thread-safe: the classifier is
 * read-only after loading.
 */
final class CrfRecognizer {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final double CONFIDENCE = 0.8;

    private final CRFClassifier<CoreLabel> classifier;

    private CrfRecognizer(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    static CrfRecognizer load() {
        try {
            return new CrfRecognizer(CRFClassifier.getClassifier(MODEL));
        } catch (Exception | LinkageError e) {
            throw new ModelException("cannot load CoreNLP NER model " + MODEL
                    + " (is stanford-corenlp's models jar on the classpath?): " + e, e);
        }
    }

    List<Mention> find(Report report) {
        String text = report.text();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : report.sentences()) {
            if (Thread.currentThread().isInterrupted()) {
                // the CRF itself never checks: stop between sentences so an abandoned report frees its core
                throw new CancellationException(report.document().id() + ": interrupted in the CRF");
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
            List<CoreLabel> tagged = classifier.classifySentence(labels);
            collect(text, tagged, out);
        }
        return out;
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

    /** Groups runs of tokens with the same label into mentions. */
    private static void collect(String text, List<CoreLabel> tagged, List<Mention> out) {
        int i = 0;
        while (i < tagged.size()) {
            String label = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            EntityType type = type(label);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tagged.size() && label.equals(tagged.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            TextSpan span = new TextSpan(tagged.get(i).beginPosition(), tagged.get(j - 1).endPosition());
            String surface = span.coveredText(text);
            out.add(new Mention(span, surface, type, surface, null, MentionSource.MODEL, CONFIDENCE,
                    "CoreNLP CRF " + label));
            i = j;
        }
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
