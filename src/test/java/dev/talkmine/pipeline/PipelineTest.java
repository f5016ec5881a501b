package dev.talkmine.pipeline;

import static dev.talkmine.doc.Layer.ENTITIES;
import static dev.talkmine.doc.Layer.MENTIONS;
import static dev.talkmine.doc.Layer.SENTENCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.testing.Docs;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Document DOC = Docs.text("Some notes.").document();

    /** A stage that declares layers and runs {@code body}. */
    private static Stage stage(String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Report> body) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> requires() {
                return requires;
            }

            @Override
            public Set<Layer> produces() {
                return produces;
            }

            @Override
            public Report process(Report report) {
                return body.apply(report);
            }
        };
    }

    private static Stage stage(String name, Set<Layer> requires, Set<Layer> produces) {
        return stage(name, requires, produces, r -> r);
    }

    private static final Stage SENTENCES_STAGE = stage("sentences", Set.of(), Set.of(SENTENCES),
            r -> r.withSentences(List.of()));
    private static final Stage MENTIONS_STAGE = stage("mentions", Set.of(SENTENCES), Set.of(MENTIONS),
            r -> r.withMentions(List.of()));

    @Test
    void stagesInDependencyOrderBuildAndRunInOrder() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE).build();

        assertThat(p.stageNames()).containsExactly("sentences", "mentions");
        Report out = p.process(DOC);
        assertThat(out.document()).isEqualTo(DOC);
        assertThat(out.layers()).containsExactlyInAnyOrder(SENTENCES, MENTIONS);
    }

    @Test
    void emptyPipelineReturnsABareReport() {
        assertThat(Pipeline.builder().build().process(DOC).layers()).isEmpty();
    }

    @Test
    void stageWhoseRequiredLayerNoEarlierStageProducesIsRejected() {
        var b = Pipeline.builder().add(SENTENCES_STAGE).add(stage("entities", Set.of(MENTIONS), Set.of(ENTITIES)))
                .add(MENTIONS_STAGE);

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stage 'entities' requires MENTIONS, which no earlier stage produces");
    }

    @Test
    void duplicateStageNameIsRejected() {
        var b = Pipeline.builder().add(SENTENCES_STAGE).add(stage("sentences", Set.of(), Set.of(MENTIONS)));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("stage name 'sentences' is used twice");
    }

    @Test
    void layerProducedTwiceIsRejected() {
        var b = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                .add(stage("more-mentions", Set.of(SENTENCES), Set.of(MENTIONS)));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("stage 'more-mentions' produces MENTIONS, which an earlier stage already produced");
    }

    @Test
    void nullStageIsRejectedWhenAdded() {
        assertThatThrownBy(() -> Pipeline.builder().add(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void stageFailureIsWrappedWithDocumentAndStage() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE)
                .add(stage("mentions", Set.of(SENTENCES), Set.of(MENTIONS), r -> {
                    throw boom;
                })).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.documentId()).isEqualTo("test");
            assertThat(e.stage()).isEqualTo("mentions");
            assertThat(e.getCause()).isSameAs(boom);
            assertThat(e.getMessage()).startsWith("test: stage 'mentions' failed: ").contains("boom");
            assertThat(e.exitCode()).isEqualTo(4);
        });
    }

    @Test
    void stackOverflowInAStageIsWrappedToo() {
        Pipeline p = Pipeline.builder().add(stage("deep", Set.of(), Set.of(SENTENCES), r -> {
            throw new StackOverflowError();
        })).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOf(StageException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void stageExceptionFromAStagePassesThroughUnwrapped() {
        StageException inner = new StageException("other", "inner", new RuntimeException("x"));
        Pipeline p = Pipeline.builder().add(stage("outer", Set.of(), Set.of(SENTENCES), r -> {
            throw inner;
        })).build();

        assertThatThrownBy(() -> p.process(DOC)).isSameAs(inner);
    }
}
