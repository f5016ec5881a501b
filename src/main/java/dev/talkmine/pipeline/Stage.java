package dev.talkmine.pipeline;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import java.util.Set;

/**
 * One processing step: takes a report, returns a new one with the layers it adds. Implementations
 * are immutable and thread-safe once constructed; expensive models are loaded before, not here.
 */
public interface Stage {

    /** Short kebab-case name used in errors and timings ("segment", "ner-model"). */
    String name();

    /** Layers that must exist before this stage runs. */
    default Set<Layer> requires() {
        return Set.of();
    }

    /** Layers this stage adds. */
    Set<Layer> produces();

    /** Processes one report; never mutates its argument. */
    Report process(Report report);
}
