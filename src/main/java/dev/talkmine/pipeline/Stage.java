package dev.talkmine.pipeline;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import java.util.Set;

/**
 * One processing step: takes a report, returns a new one with the layers it adds. What it declares
 * is held to as it runs ({@link Pipeline}): it sees only the layers it requires (reading another
 * fails) and may add or change only the layers it produces. Implementations are immutable and
 * thread-safe once constructed; expensive models are loaded before, not here.
 */
public interface Stage {

    /** Short kebab-case name used in errors and timings ("segment", "ner-model"). */
    String name();

    /** Layers this stage reads: they must exist before it runs, and it sees no others. */
    default Set<Layer> requires() {
        return Set.of();
    }

    /** Layers this stage adds: the only ones it may change. */
    Set<Layer> produces();

    /**
     * Processes one report; never mutates its argument. Returns it with the produced layers added
     * through its {@code with...} methods, which keep every other layer's list as it was.
     */
    Report process(Report report);
}
