package dev.talkmine.bench;

import java.util.Locale;

/** What a benchmark worker runs. */
public enum Side {
    /** talkmine's full pipeline: read (decode, structure) → all stages → JSON. */
    TALKMINE("talkmine", "talkmine full pipeline"),
    /** CoreNLP {@code tokenize,ssplit,pos,lemma,ner} with its true default properties. */
    CORENLP_DEFAULT("corenlp-default", "CoreNLP tokenize,ssplit,pos,lemma,ner (default properties)"),
    /** The same with {@code ner.applyFineGrained=false}. */
    CORENLP_NO_FINE_GRAINED("corenlp-no-fine-grained", "CoreNLP ... ner with ner.applyFineGrained=false");

    private final String id;
    private final String label;

    Side(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** A one-line description for the table. */
    public String label() {
        return label;
    }

    /** The side with this id. */
    public static Side of(String id) {
        for (Side s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side '" + id + "'");
    }
}
