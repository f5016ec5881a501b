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
 * are produced by an earlier stage, and no layer is produced twice. Checked again as it runs: each
 * stage sees only the layers it requires (any other fails when read) and may change only the
 * layers it produces (every other list must come back as the same object). Immutable and
 * thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer> given;

    private Pipeline(List<Stage> stages, Set<Layer> given) {
        this.stages = List.copyOf(stages);
        this.given = Set.copyOf(given);
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
        return process(Report.of(Objects.requireNonNull(document, "document")), StageListener.onStart(onStage));
    }

    /**
     * Runs every stage on a report that an earlier pipeline began (see {@link Builder#given}).
     *
     * @throws IllegalArgumentException when the report lacks a layer this pipeline was built to be given
     * @throws StageException        naming the stage that failed
     * @throws CancellationException when the thread was interrupted; its interrupt status stays set
     */
    public Report process(Report start, Consumer<String> onStage) {
        return process(start, StageListener.onStart(onStage));
    }

    /**
     * Runs every stage on a report that an earlier pipeline began (or on {@code Report.of(document)}),
     * telling {@code listener} of each stage as it starts and, with its time, as it finishes. A
     * stage that reads a layer it does not require, or changes one it does not produce, fails
     * with a {@link StageException} that says which.
     *
     * @throws IllegalArgumentException when the report lacks a layer this pipeline was built to be given
     * @throws StageException        naming the stage that failed
     * @throws CancellationException when the thread was interrupted; its interrupt status stays set
     */
    public Report process(Report start, StageListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!start.layers().containsAll(given)) {
            throw new IllegalArgumentException("the report has " + start.layers() + "; this pipeline needs " + given);
        }
        Report report = start;
        Document document = start.document();
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException(document.id() + ": interrupted before stage '" + stage.name() + "'");
            }
            listener.started(stage.name());
            try {
                report = run(stage, report, listener);
            } catch (StageException | CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new StageException(document.id(), stage.name(), e);
            }
        }
        return report;
    }

    /** Runs one stage on the view of the report it declares, checks what it returns, and takes its layers back. */
    private static Report run(Stage stage, Report report, StageListener listener) {
        Report view = report.readableOnly(stage.requires());
        long t = System.nanoTime();
        Report out = stage.process(view);
        listener.finished(stage.name(), System.nanoTime() - t);
        check(stage, view, out);
        return report.withLayersOf(out, stage.produces());
    }

    /**
     * Throws unless {@code out} differs from {@code in} only in the layers {@code stage} produces,
     * each of which it added. Identity, not equality: a layer left alone is the very list handed in
     * (the report's {@code with...} methods keep the others so), and comparing is cheap.
     */
    static void check(Stage stage, Report in, Report out) {
        Set<Layer> produces = stage.produces();
        if (out == null || out.document() != in.document()) {
            throw new IllegalStateException("returned " + (out == null ? "no report" : "another document's report"));
        }
        for (Layer l : Layer.values()) {
            if (!produces.contains(l) && out.layer(l) != in.layer(l)) {
                throw new IllegalStateException("changed layer " + l + ", which it does not produce (it produces " + produces + ")");
            }
        }
        Set<Layer> expected = EnumSet.noneOf(Layer.class);
        expected.addAll(in.layers());
        expected.addAll(produces);
        if (!out.layers().equals(expected)) {
            Set<Layer> missing = EnumSet.copyOf(expected);
            missing.removeAll(out.layers());
            Set<Layer> extra = EnumSet.noneOf(Layer.class);
            extra.addAll(out.layers());
            extra.removeAll(expected);
            throw new IllegalStateException(missing.isEmpty() ? "added layers " + extra + ", which it does not produce"
                    : "did not produce " + missing + ", which it declares");
        }
    }

    /** The layers the report has after this pipeline: those it was given and those its stages add. */
    public Set<Layer> produces() {
        Set<Layer> out = EnumSet.noneOf(Layer.class);
        out.addAll(given);
        stages.forEach(s -> out.addAll(s.produces()));
        return out;
    }

    /** Stage names in order. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Collects stages in order and checks them in {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer> given = EnumSet.noneOf(Layer.class);

        private Builder() {
        }

        /** Declares layers that reports will already have when they reach this pipeline. */
        public Builder given(Set<Layer> layers) {
            given.addAll(layers);
            return this;
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
            have.addAll(given);
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
            return new Pipeline(stages, given);
        }
    }
}
