package dev.talkmine.pipeline;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * An ordered list of stages, checked when built: names are unique, every stage's required layers
 * are produced by an earlier stage, and no layer is produced twice. Immutable and thread-safe
 * when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** A builder for a pipeline. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every stage on {@code document}.
     *
     * @throws StageException naming the stage that failed
     */
    public Report process(Document document) {
        return process(document, stage -> { });
    }

    /**
     * Runs every stage on {@code document}, telling {@code onStage} the name of each stage before
     * it starts (a batch uses it to say where a report that ran too long was stopped). When the
     * calling thread is interrupted, no further stage starts; a stage already running stops only if
     * it checks (the mention stage does, between and within sentences of the CRF).
     *
     * @throws StageException        naming the stage that failed
     * @throws CancellationException when the thread was interrupted; its interrupt status stays set
     */
    public Report process(Document document, Consumer<String> onStage) {
        Objects.requireNonNull(onStage, "onStage");
        Report report = Report.of(document);
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException(document.id() + ": interrupted before stage '" + stage.name() + "'");
            }
            onStage.accept(stage.name());
            try {
                report = stage.process(report);
            } catch (StageException | CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException(document.id(), stage.name(), e);
            }
        }
        return report;
    }

    /** Stage names in order. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Collects stages in order and checks them in {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        private Builder() {
        }

        /** Appends a stage. */
        public Builder add(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @throws IllegalStateException naming the stage and layer when the order is wrong
         */
        public Pipeline build() {
            Set<String> names = new HashSet<>();
            Set<Layer> have = EnumSet.noneOf(Layer.class);
            for (Stage s : stages) {
                if (!names.add(s.name())) {
                    throw new IllegalStateException("stage name '" + s.name() + "' is used twice");
                }
                for (Layer need : s.requires()) {
                    if (!have.contains(need)) {
                        throw new IllegalStateException("stage '" + s.name() + "' requires " + need
                                + ", which no earlier stage produces (have: " + have + "); add a stage that produces it before '"
                                + s.name() + "'");
                    }
                }
                for (Layer out : s.produces()) {
                    if (!have.add(out)) {
                        throw new IllegalStateException("stage '" + s.name() + "' produces " + out
                                + ", which an earlier stage already produced");
                    }
                }
            }
            return new Pipeline(stages);
        }
    }
}
