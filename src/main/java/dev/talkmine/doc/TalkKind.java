package dev.talkmine.doc;

import java.util.Locale;

/** The kind of session a talk passage describes. */
public enum TalkKind {
    KEYNOTE, TALK, WORKSHOP, LIGHTNING, PANEL, TUTORIAL, OTHER;

    /** Lower-case name as written in outputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
