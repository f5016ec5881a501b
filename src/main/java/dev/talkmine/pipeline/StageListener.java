package dev.talkmine.pipeline;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Told of each stage of a {@link Pipeline} as it starts and as it finishes, with its time: a
 * batch says where a report that ran too long was stopped, the bench sums the times per stage.
 * Called on the thread that processes the report.
 */
public interface StageListener {

    /** Stage {@code stage} is about to run. */
    default void started(String stage) {
    }

    /** Stage {@code stage} finished after {@code nanos} nanoseconds of its own work (not the pipeline's checks). */
    default void finished(String stage, long nanos) {
    }

    /** A listener that only hears stages start. */
    static StageListener onStart(Consumer<String> onStage) {
        Objects.requireNonNull(onStage, "onStage");
        return new StageListener() {
            @Override
            public void started(String stage) {
                onStage.accept(stage);
            }
        };
    }
}
