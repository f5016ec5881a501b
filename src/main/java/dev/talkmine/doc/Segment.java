package dev.talkmine.doc;

import java.util.Locale;
import java.util.Objects;

/**
 * A passage of the report and what it is about. Segments are in text order and do not overlap.
 *
 * @param span   the passage
 * @param label  what it is
 * @param group  the text of the structural heading or session intro the passage falls under
 *               ("Lightning talks", "Day 2:"), or null
 * @param reason the rule or evidence that decided the label, for {@code explain}
 */
public record Segment(TextSpan span, Label label, String group, String reason) {

    /** What a passage is. */
    public enum Label {
        /** Describes one talk of the conference. */
        TALK,
        /** The report's opening (title line and first paragraph). */
        INTRO,
        /** A structural heading such as "Day 1" or "Lightning talks". */
        HEADING,
        /** Anything else: travel, food, sprints, closing remarks, links. */
        NON_TALK;

        /** Lower-case name as written in outputs ({@code non-talk} for NON_TALK). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Segment {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
