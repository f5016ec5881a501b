package dev.talkmine.doc;

/**
 * A half-open character range {@code [start, end)} in UTF-16 code units of a report's text (Java
 * {@code String} indices). Immutable; ordered by start, then longer first, so sorted lists are stable.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    /** @throws IllegalArgumentException unless {@code 0 <= start <= end} */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Whether the two spans share at least one code unit. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers. */
    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
