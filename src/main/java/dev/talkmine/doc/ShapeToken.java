package dev.talkmine.doc;

import java.util.Locale;
import java.util.Objects;

/**
 * One element of a block's shape: a named entity, a quoted or title-case run, a time, a separator.
 *
 * @param type what it is
 * @param span where it is in the report's text
 */
public record ShapeToken(Type type, TextSpan span) {

    /** The kinds of shape element. */
    public enum Type {
        PERSON, ORG, TECH, QUOTED, TIME, DATE, HANDLE, NUMBER, KIND,
        /** A run of capitalised words (small words allowed inside): a title or a name nobody tagged. */
        TITLE,
        /** A run of lower-case words. */
        WORDS,
        DASH, COLON, COMMA, PIPE, OPEN, CLOSE, END, BY, WITH, AND, FROM, POSS;

        /** Whether this is punctuation or a joining word rather than content. */
        public boolean separator() {
            return ordinal() >= DASH.ordinal();
        }

        /** Short lower-case name used in signatures and features. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ShapeToken {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
