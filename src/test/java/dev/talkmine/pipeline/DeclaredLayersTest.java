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
import dev.talkmine.ner.CandidateStage;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.MentionDecider;
import dev.talkmine.ner.WordList;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.structure.StructureStage;
import dev.talkmine.summary.SummaryStage;
import dev.talkmine.talk.TalkAttributeStage;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import dev.talkmine.testing.ReportInvariants;
import dev.talkmine.text.SentenceStage;
import dev.talkmine.verdict.VerdictStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real stages keep to what they declare: the whole pipeline runs under the check, a real stage
 * declared too narrowly fails it, and the stage table of {@code docs/architecture.md} says what
 * each stage declares.
 */
class DeclaredLayersTest {
    private static Talkmine talkmine;
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

    private static final Pattern LAYER = Pattern.compile("`([A-Z_]+)`");

    @BeforeAll
    static void load() {
        talkmine = Talkmine.builder().build();
    }

    @Test
    void theWholePipelineRunsOnAHandBuiltReportWithEveryStageKeepingToItsDeclaration() {
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

    @Test
    void theArchitectureStageTableSaysWhatEachStageDeclaresInPipelineOrder() throws Exception {
        List<Stage> stages = List.of(SentenceStage.load(), CandidateStage.load(Gazetteer.empty(), WordList.empty(), Learned.LEXICON),
                new MentionDecider(Learned.MODELS.get(MentionDecider.LOCAL_MODEL), Learned.MODELS.get(MentionDecider.MODEL)),
                new EntityLinker(), new StructureStage(Learned.LEXICON),
                new TalkSegmenter(Learned.MODELS.get(TalkSegmenter.MODEL), Learned.LEXICON),
                new TalkAttributeStage(Learned.MODELS, Learned.LEXICON), Learned.ENTITIES, new SummaryStage(Learned.MODELS, Learned.LEXICON),
                new VerdictStage(Learned.MODELS, Learned.LEXICON));
        List<String> rows = Files.readAllLines(Path.of("docs/architecture.md")).stream().filter(l -> l.matches("\\| \\d+ \\|.*"))
                .toList();

        assertThat(stages).extracting(Stage::name).isEqualTo(talkmine.stageNames());
        assertThat(rows).hasSameSizeAs(stages);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\\|");
            Stage s = stages.get(i);
            assertThat(cells[2].strip()).as("row %d", i + 1).isEqualTo("`" + s.name() + "`");
            assertThat(layers(cells[4])).as("what %s reads", s.name()).isEqualTo(s.requires());
            assertThat(layers(cells[5])).as("what %s writes", s.name()).isEqualTo(s.produces());
        }
    }

    private static Set<Layer> layers(String cell) {
        Set<Layer> out = EnumSet.noneOf(Layer.class);
        Matcher m = LAYER.matcher(cell);
        while (m.find()) {
            out.add(Layer.valueOf(m.group(1)));
        }
        return out;
    }

    /** {@code real} with another declaration. */
    private static Stage declaring(Stage real, Set<Layer> requires, Set<Layer> produces) {
        return PipelineTest.stage(real.name(), requires, produces, real::process);
    }
}
