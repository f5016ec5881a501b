package dev.talkmine.doc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the items of a list that lie inside a span in O(log n + k), for stages that would
 * otherwise scan every sentence or mention for every passage (quadratic on a large report).
 * Immutable and thread-safe.
 *
 * @param <T> the item type, e.g. {@link Sentence} or {@link Mention}
 */
public final class SpanIndex<T> {
    private final List<T> items;
    private final int[] starts;
    private final int[] maxEndSoFar;
    private final Function<T, TextSpan> span;

    private SpanIndex(List<T> items, Function<T, TextSpan> span) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(span));
        this.items = List.copyOf(sorted);
        this.span = span;
        this.starts = new int[sorted.size()];
        this.maxEndSoFar = new int[sorted.size()];
        int max = 0;
        for (int i = 0; i < sorted.size(); i++) {
            TextSpan s = span.apply(sorted.get(i));
            starts[i] = s.start();
            max = Math.max(max, s.end());
            maxEndSoFar[i] = max;
        }
    }

    /** An index over the items, ordered by their spans. */
    public static <T> SpanIndex<T> of(List<T> items, Function<T, TextSpan> span) {
        return new SpanIndex<>(items, span);
    }

    /** The items whose spans lie entirely inside {@code outer}, in order. */
    public List<T> within(TextSpan outer) {
        List<T> out = new ArrayList<>();
        for (int i = firstAtOrAfter(outer.start()); i < items.size() && starts[i] < outer.end(); i++) {
            if (outer.contains(span.apply(items.get(i)))) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** The items whose spans overlap {@code other}, in order. */
    public List<T> overlapping(TextSpan other) {
        List<T> out = new ArrayList<>();
        int i = firstAtOrAfter(other.start());
        // walk back over earlier items that may still reach into the span
        int j = i - 1;
        while (j >= 0 && maxEndSoFar[j] > other.start()) {
            j--;
        }
        for (int k = j + 1; k < items.size() && starts[k] < other.end(); k++) {
            if (span.apply(items.get(k)).overlaps(other)) {
                out.add(items.get(k));
            }
        }
        return out;
    }

    /** The first item (in order) whose span starts at or after {@code offset}, or null. */
    public T firstStartingAtOrAfter(int offset) {
        int i = firstAtOrAfter(offset);
        return i < items.size() ? items.get(i) : null;
    }

    /** The items in order. */
    public List<T> items() {
        return items;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
