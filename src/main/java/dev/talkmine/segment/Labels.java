package dev.talkmine.segment;

/** The decisions the talk-start classifiers make about each unit. */
final class Labels {
    static final String TALK = "talk";
    static final String NON_TALK = "non-talk";
    static final String CONTINUE = "continue";

    private Labels() {
    }

    /** Whether the label opens a passage. */
    static boolean opens(String label) {
        return !CONTINUE.equals(label);
    }
}
