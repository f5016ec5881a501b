package dev.talkmine.doc;

import java.util.Locale;

/** What found a mention. */
public enum MentionSource {
    /** A statistical model (CoreNLP's CRF). */
    MODEL,
    /** A gazetteer entry (ours in {@code models/} or a user's). */
    GAZETTEER,
    /** A hand-written contextual rule. */
    RULE;

    /** Lower-case name as written in outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
