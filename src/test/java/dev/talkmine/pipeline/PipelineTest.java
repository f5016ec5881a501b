package dev.talkmine.pipeline;

import static dev.talkmine.doc.Layer.ENTITIES;
import static dev.talkmine.doc.Layer.MENTIONS;
import static dev.talkmine.doc.Layer.SENTENCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.testing.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Document DOC = Docs.text("Some notes.").document();

    /** A stage that declares layers and runs {@code body}. */
    static Stage stage(String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Report> body) {
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

    // the run-time check: a stage reads only the layers it requires and changes only those it produces

    @Test
    void aStageThatChangesALayerItDoesNotProduceFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                .add(stage("sneaky", Set.of(MENTIONS), Set.of(ENTITIES),
                        r -> r.withSentences(List.of()).withEntities(List.of()))).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.stage()).isEqualTo("sneaky");
            assertThat(e.getCause()).hasMessage("changed layer SENTENCES, which it does not produce (it produces [ENTITIES])");
        });
    }

    @Test
    void aStageThatAddsALayerItDoesNotProduceFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE)
                .add(stage("greedy", Set.of(SENTENCES), Set.of(MENTIONS), r -> r.withMentions(List.of()).withEntities(List.of())))
                .build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOf(StageException.class)
                .hasRootCauseMessage("changed layer ENTITIES, which it does not produce (it produces [MENTIONS])");
    }

    @Test
    void aStageThatMarksALayerWithoutChangingItFailsToo() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE)
                .add(stage("marker", Set.of(SENTENCES), Set.of(MENTIONS), r -> r.withMentions(List.of()).withEntities(r.entities())))
                .build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOf(StageException.class)
                .hasRootCauseMessage("added layers [ENTITIES], which it does not produce");
    }

    @Test
    void aStageThatPassesOnALayerItDoesNotRequireAsItsOwnFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                .add(stage("copier", Set.of(SENTENCES), Set.of(Layer.RESOLVED_MENTIONS), r -> r.withResolvedMentions(r.mentions())))
                .build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.stage()).isEqualTo("copier");
            assertThat(e.getCause()).hasMessageStartingWith("read layer MENTIONS, which this stage does not require");
        });
    }

    @Test
    void aStageThatDoesNotProduceWhatItDeclaresFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(stage("lazy", Set.of(SENTENCES), Set.of(MENTIONS))).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.stage()).isEqualTo("lazy");
            assertThat(e.getCause()).hasMessage("did not produce [MENTIONS], which it declares");
        });
    }

    @Test
    void aStageThatReadsALayerItDoesNotRequireFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                .add(stage("nosy", Set.of(SENTENCES), Set.of(ENTITIES), r -> {
                    r.mentions().isEmpty();
                    return r.withEntities(List.of());
                })).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.stage()).isEqualTo("nosy");
            assertThat(e.getCause()).hasMessage("read layer MENTIONS, which this stage does not require; add it to requires()");
        });
    }

    @Test
    void aStageThatIteratesOrStreamsALayerItDoesNotRequireFails() {
        for (UnaryOperator<Report> read : List.<UnaryOperator<Report>>of(
                r -> r.withEntities(List.copyOf(r.mentions()).isEmpty() ? List.of() : List.of()),
                r -> r.withEntities(r.mentions().stream().map(m -> (dev.talkmine.doc.Entity) null).toList()),
                r -> {
                    for (var m : r.mentions()) {
                        throw new AssertionError(m);
                    }
                    return r.withEntities(List.of());
                })) {
            Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                    .add(stage("nosy", Set.of(SENTENCES), Set.of(ENTITIES), read)).build();

            assertThatThrownBy(() -> p.process(DOC)).isInstanceOf(StageException.class)
                    .rootCause().hasMessageStartingWith("read layer MENTIONS");
        }
    }

    @Test
    void requiringALayerItDoesNotDeclareFails() {
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE)
                .add(stage("nosy", Set.of(SENTENCES), Set.of(ENTITIES), r -> r.require(MENTIONS).withEntities(List.of()))).build();

        assertThatThrownBy(() -> p.process(DOC)).isInstanceOf(StageException.class)
                .hasRootCauseMessage("read layer MENTIONS, which this stage does not require; add it to requires()");
    }

    @Test
    void anHonestStageSeesWhatItRequiresAndTheOtherLayersComeThroughUntouched() {
        List<Sentence> sentences = Docs.text("Some notes.").sentences();
        Pipeline p = Pipeline.builder()
                .add(stage("sentences", Set.of(), Set.of(SENTENCES), r -> r.withSentences(sentences)))
                .add(MENTIONS_STAGE)
                .add(stage("honest", Set.of(SENTENCES, MENTIONS), Set.of(ENTITIES), r -> {
                    assertThat(r.layers()).containsExactlyInAnyOrder(SENTENCES, MENTIONS);
                    assertThat(r.sentences()).isSameAs(sentences);
                    return r.require(MENTIONS).withEntities(List.of());
                })).build();

        Report out = p.process(DOC);

        assertThat(out.layers()).containsExactlyInAnyOrder(SENTENCES, MENTIONS, ENTITIES);
        assertThat(out.sentences()).isSameAs(sentences);
        assertThat(out.talks()).isEmpty(); // outside a stage every layer is readable
    }

    @Test
    void theListenerHearsEachStageStartAndFinishWithItsTime() {
        List<String> heard = new ArrayList<>();
        Pipeline p = Pipeline.builder().add(SENTENCES_STAGE).add(MENTIONS_STAGE).build();

        p.process(Report.of(DOC), new StageListener() {
            @Override
            public void started(String stage) {
                heard.add("start " + stage);
            }

            @Override
            public void finished(String stage, long nanos) {
                assertThat(nanos).isNotNegative();
                heard.add("end " + stage);
            }
        });

        assertThat(heard).containsExactly("start sentences", "end sentences", "start mentions", "end mentions");
    }

    @Test
    void aViewWithholdsEachLayerByItselfAndHoldsItsOwnLayersList() {
        Report r = Report.of(DOC);
        for (Layer readable : Layer.values()) {
            Report view = r.readableOnly(Set.of(readable));
            for (Layer l : Layer.values()) {
                if (l == readable) {
                    assertThat(view.layer(l)).isSameAs(r.layer(l)).isEmpty();
                } else {
                    assertThatThrownBy(() -> view.layer(l).size()).hasMessageStartingWith("read layer " + l + ",");
                }
            }
        }
    }
}
