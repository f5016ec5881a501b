package dev.talkmine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.structure.StructureStage;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import dev.talkmine.testing.ReportInvariants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real stages keep to what they declare: the whole pipeline runs under the check, and a real stage declared too narrowly fails it. */
class DeclaredLayersTest {
    // an invented report: two talks, people, an organisation and technologies
    private static final String NOTES = """
            # Notes from Quillcon 2031

            ## Keynote: Teaching Rust to a Lighthouse
            Ana Lima from Brightwater Labs opened the day with Rust, Kubernetes and a lot of lighthouses. \
            Ana showed how their team ports firmware one module at a time. I loved it: clear and practical.

            ## Sharding PostgreSQL Without Tears
            Bo Tran explained how Quillbank splits PostgreSQL tables across regions. \
            The live demo failed twice, which was a pity, but the slides were good.
            """;

    @Test
    void theWholePipelineRunsOnAHandBuiltReportWithEveryStageKeepingToItsDeclaration() {
        Talkmine talkmine = Talkmine.builder().build();
        var doc = DocumentReader.utf8().read("quillcon", "quillcon.md", NOTES.getBytes(StandardCharsets.UTF_8), InputFormat.MD);
        List<String> finished = new ArrayList<>();

        Report r = talkmine.process(doc, new StageListener() {
            @Override
            public void finished(String stage, long nanos) {
                assertThat(nanos).isNotNegative();
                finished.add(stage);
            }
        });

        assertThat(finished).isEqualTo(talkmine.stageNames());
        assertThat(r.layers()).isEqualTo(EnumSet.allOf(Layer.class));
        assertThat(r.talks()).isNotEmpty();
        assertThat(r.summaries()).hasSameSizeAs(r.talks());
        assertThat(r.verdicts()).hasSameSizeAs(r.talks());
        // linking renames in a layer of its own: the decision's mentions stay, one resolved mention each
        assertThat(r.resolvedMentions()).extracting(Mention::span).isEqualTo(r.mentions().stream().map(Mention::span).toList());
        assertThat(r.entities().stream().mapToInt(e -> e.mentions().size()).sum()).isEqualTo(r.resolvedMentions().size());
        assertThat(r.entities()).flatExtracting(Entity::mentions).containsExactlyInAnyOrderElementsOf(r.resolvedMentions());
        ReportInvariants.check(r);
    }

    @Test
    void aRealStageThatDoesNotRequireALayerItReadsFails() {
        Report linked = Docs.withPeople(Docs.text("Ana Lima spoke first. Then Ana answered questions."), "Ana Lima", "Ana");
        StructureStage real = new StructureStage(Learned.LEXICON);

        Report ok = Pipeline.builder().given(linked.layers()).add(real).build().process(linked, s -> { });
        assertThat(ok.units()).isNotEmpty();

        Stage narrow = declaring(real, Set.of(Layer.SENTENCES), real.produces());
        Pipeline p = Pipeline.builder().given(linked.layers()).add(narrow).build();
        assertThatThrownBy(() -> p.process(linked, s -> { })).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.stage()).isEqualTo("structure");
            assertThat(e.getCause()).hasMessageStartingWith("read layer RESOLVED_MENTIONS, which this stage does not require");
        });
    }

    @Test
    void theEntityLinkerAsOnceDeclaredFailsForItWritesResolvedMentions() {
        Report linked = Docs.withPeople(Docs.text("Ana Lima spoke first. Then Ana answered questions."), "Ana Lima", "Ana");
        Report decided = Report.of(linked.document()).withSentences(linked.sentences()).withMentions(linked.mentions());
        EntityLinker real = new EntityLinker();

        Report ok = Pipeline.builder().given(decided.layers()).add(real).build().process(decided, s -> { });
        assertThat(ok.mentions()).isSameAs(decided.mentions());
        assertThat(ok.resolvedMentions()).extracting(Mention::name).containsExactly("Ana Lima", "Ana Lima");

        Stage old = declaring(real, real.requires(), Set.of(Layer.ENTITIES));
        Pipeline p = Pipeline.builder().given(decided.layers()).add(old).build();
        assertThatThrownBy(() -> p.process(decided, s -> { })).isInstanceOf(StageException.class)
                .hasRootCauseMessage("changed layer RESOLVED_MENTIONS, which it does not produce (it produces [ENTITIES])");
    }

    /** {@code real} with another declaration. */
    private static Stage declaring(Stage real, Set<Layer> requires, Set<Layer> produces) {
        return PipelineTest.stage(real.name(), requires, produces, real::process);
    }
}
