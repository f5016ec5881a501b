package dev.talkmine.internal;

/**
 * When a line of plain text was not hard-wrapped into the next: the one criterion the plain-text
 * reader uses to tell a heading or a short line from the first line of a wrapped paragraph, and
 * the mention cleaner uses to end a name at such a line.
 */
public final class HardWrap {
    /** A line at most this fraction of the next line's length was not wrapped into it. */
    public static final double SHORTER_THAN_NEXT = 0.6;

    private HardWrap() {
    }

    /** Whether a line of {@code length} characters ends on its own before a next line of {@code nextLength}. */
    public static boolean endsBefore(int length, int nextLength) {
        return length <= SHORTER_THAN_NEXT * nextLength;
    }
}
