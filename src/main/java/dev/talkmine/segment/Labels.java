package dev.talkmine.segment;

/** The decisions the talk-start classifiers make about each unit. */
final class Labels {
    static final String TALK = "talk";
    static final String NON_TALK = "non-talk";
    static final String CONTINUE = "continue";
    /** The decisions, in the order decoding keeps them. */
    static final java.util.List<String> ALL = java.util.List.of(TALK, NON_TALK, CONTINUE);
    /** The "decision" before the first unit. */
    static final String START = "start";

    private Labels() {
    }

    /** Whether the label opens a passage. */
    static boolean opens(String label) {
        return !CONTINUE.equals(label);
    }
}
