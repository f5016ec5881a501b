package dev.talkmine.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Unit;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The structure layer: units and their shapes, on lines written for these tests. */
class StructureStageTest {
    private static final StructureStage STAGE = new StructureStage(Learned.LEXICON);

    private static Report structured(String text, String... people) {
        Report r = Docs.withPeople(Docs.text("Title line\n\nIntro paragraph for the test.\n\n" + text + "\n\nA closing paragraph.\n"), people);
        r = Docs.withEntities(r, EntityType.ORGANIZATION, "Initech", "Northwind Labs");
        return STAGE.process(r);
    }

    private static Unit unitStarting(Report r, String start) {
        return r.units().stream().filter(u -> u.content().coveredText(r.text()).startsWith(start)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Marc-André Dubois – Zero-copy parsing       | person dash title words",
        "Priya Raman (Initech) - Service Meshes       | person open org close dash title",
        "Streaming Joins by Kofi Mensah (Northwind Labs) | title by person open org close",
        "10:30 – \"Queues at the Edge\" – Zoë Ångström  | time dash quoted dash person",
        "Day 1 - 1030 - Effect Systems in Practice    | date number dash time dash title",
        "Nguyễn Thị Lan: Typed Pipelines             | person colon title",
    })
    void linesReadAsTheirParts(String line, String shape) {
        Report r = structured(line.strip(), "Marc-André Dubois", "Priya Raman", "Kofi Mensah", "Zoë Ångström", "Nguyễn Thị Lan");
        assertThat(unitStarting(r, line.strip().substring(0, 5)).shape().signature(6)).isEqualTo(shape.strip());
    }

    @Test
    void paragraphsSplitIntoSentencesAndClausesThatHandOverToAnotherTalk() {
        Report r = structured("Hana Kobayashi opened the day with a keynote on capacity planning for small teams. "
                + "After the break, Rafael Ortiz gave a talk about migrations, and after lunch it was Ola Nnaji's turn "
                + "to present her work on load shedding.", "Hana Kobayashi", "Rafael Ortiz", "Ola Nnaji");
        List<String> units = r.units().stream().filter(u -> u.kind() == Block.Kind.PARAGRAPH)
                .map(u -> u.span().coveredText(r.text())).toList();
        assertThat(units).contains("After the break, Rafael Ortiz gave a talk about migrations,",
                "and after lunch it was Ola Nnaji's turn to present her work on load shedding.");
        assertThat(r.units()).allSatisfy(u -> assertThat(u.span().length()).isPositive());
    }

    @Test
    void listItemsAreReadWithoutTheirMarker() {
        Report r = STAGE.process(Docs.withPeople(Docs.read("# T\n\nIntro.\n\n- Lia Storm, Teaching ownership\n  - a note\n",
                InputFormat.MD), "Lia Storm"));
        Unit item = unitStarting(r, "Lia");
        assertThat(item.kind()).isEqualTo(Block.Kind.LIST_ITEM);
        assertThat(item.span().coveredText(r.text())).startsWith("- Lia");
        assertThat(item.shape().signature(3)).isEqualTo("person comma title");
        assertThat(unitStarting(r, "a note").level()).isEqualTo(2);
    }
}
