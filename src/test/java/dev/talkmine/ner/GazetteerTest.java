package dev.talkmine.ner;

import static dev.talkmine.ner.NerFixtures.HEADER;
import static dev.talkmine.ner.NerFixtures.parse;
import static dev.talkmine.ner.NerFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.ModelException;
import dev.talkmine.doc.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    @Test
    void parsesCommentsHeaderAliasesAndAmbiguity() {
        Gazetteer g = parse("""
                # invented names for a test
                # second comment line

                name\ttype\tcategory\taliases\tambiguous
                Zorblet\tTECHNOLOGY\tdatabase\tZB|zorb db\tno
                Glide\tTECHNOLOGY\tlanguage\t\tyes
                Initrode\tORGANIZATION\t\tInitroder|Initroders\tno
                """);

        assertThat(g.entries()).extracting(GazetteerEntry::name).containsExactly("Zorblet", "Glide", "Initrode");
        GazetteerEntry zorblet = g.entries().get(0);
        assertThat(zorblet.type()).isEqualTo(EntityType.TECHNOLOGY);
        assertThat(zorblet.category()).isEqualTo("database");
        assertThat(zorblet.aliases()).containsExactly("ZB", "zorb db");
        assertThat(zorblet.forms()).containsExactly("Zorblet", "ZB", "zorb db");
        assertThat(zorblet.ambiguous()).isFalse();
        assertThat(zorblet.origin()).isEqualTo("test.tsv:5");
        assertThat(g.entries().get(1).ambiguous()).isTrue();
        assertThat(g.entries().get(1).aliases()).isEmpty();
        assertThat(g.entries().get(2).category()).isNull();
        assertThat(g.entries().get(2).aliases()).containsExactly("Initroder", "Initroders");
    }

    @Test
    void trailingColumnsMayBeOmitted() {
        Gazetteer g = rows("Mira Quell\tPERSON", "Flimsy\tTECHNOLOGY\ttool", "Snork\tTECHNOLOGY\t\tsnorky");

        assertThat(g.entries()).hasSize(3);
        assertThat(g.entries().get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.category()).isNull();
            assertThat(e.aliases()).isEmpty();
            assertThat(e.ambiguous()).isFalse();
        });
        assertThat(g.entries().get(1).category()).isEqualTo("tool");
        assertThat(g.entries().get(2).aliases()).containsExactly("snorky");
        assertThat(g.entries().get(2).ambiguous()).isFalse();
    }

    @Test
    void valuesAreNormalised() {
        Gazetteer g = rows(
                " Zorblet \ttechnology\tDatabase\tzorblet|ZB\tYES ",
                "Initrode\tORGANIZATION\ttool\t\tno");

        GazetteerEntry e = g.entries().get(0);
        assertThat(e.name()).isEqualTo("Zorblet");
        assertThat(e.type()).isEqualTo(EntityType.TECHNOLOGY);
        assertThat(e.category()).isEqualTo("database");
        assertThat(e.aliases()).as("an alias repeating the name is dropped").containsExactly("ZB");
        assertThat(e.ambiguous()).isTrue();
        assertThat(g.entries().get(1).category()).as("only technologies keep a category").isNull();
    }

    @Test
    void byteOrderMarkBeforeTheFirstLineIsIgnored() {
        Gazetteer g = parse("\uFEFF" + HEADER + "Zorblet\tTECHNOLOGY\tdatabase\t\tno\n");

        assertThat(g.entries()).extracting(GazetteerEntry::name).containsExactly("Zorblet");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            too few columns;          Zorblet;                                   expected 2 to 5 tab-separated columns
            too many columns;         Zorblet\tTECHNOLOGY\tdatabase\t\tno\textra; found 6
            unknown type;             Zorblet\tGADGET;                           unknown type 'GADGET'
            location type;            Lisbon\tLOCATION;                          type LOCATION is not supported
            unknown category;         Zorblet\tTECHNOLOGY\tgizmo;                unknown category 'gizmo'
            bad ambiguous value;      Zorblet\tTECHNOLOGY\tdatabase\t\tmaybe;    ambiguous must be 'yes' or 'no', found 'maybe'
            empty name;               ' \tTECHNOLOGY\tdatabase';                 empty name
            """)
    void malformedRowNamesFileAndLine(String what, String row, String message) {
        String tsv = "# comment\n" + HEADER + row + "\n";

        assertThatThrownBy(() -> parse(tsv))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining(message);
    }

    @Test
    void lineNumbersCountCommentsAndBlankLines() {
        String tsv = "# a\n\n" + HEADER + "Zorblet\tTECHNOLOGY\n\n# b\nBroken\tGADGET\n";

        assertThatThrownBy(() -> parse(tsv)).isInstanceOf(ModelException.class).hasMessageStartingWith("test.tsv:7: ");
    }

    @Test
    void missingHeaderIsReportedAtTheFirstDataLine() {
        assertThatThrownBy(() -> parse("# no header follows\nZorblet\tTECHNOLOGY\tdatabase\t\tno\n"))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("test.tsv:2: ")
                .hasMessageContaining("expected the header line");
    }

    @Test
    void emptyInputIsAnEmptyGazetteer() {
        assertThat(parse("").entries()).isEmpty();
        assertThat(Gazetteer.empty().lookup("anything")).isEmpty();
    }

    @Test
    void lookupIsCaseInsensitiveOverNamesAndAliases() {
        Gazetteer g = rows("Kubernetes\tTECHNOLOGY\tplatform\tk8s|kube\tno");

        assertThat(g.lookup("KUBERNETES")).extracting(GazetteerEntry::name).containsExactly("Kubernetes");
        assertThat(g.lookup("K8S")).extracting(GazetteerEntry::name).containsExactly("Kubernetes");
        assertThat(g.lookup("Kube", EntityType.TECHNOLOGY)).isPresent();
        assertThat(g.lookup("kube", EntityType.ORGANIZATION)).isEmpty();
        assertThat(g.lookup("kubernete")).isEmpty();
    }

    @Test
    void sameNameWithTwoTypesKeepsBoth() {
        Gazetteer g = rows("Dockly\tTECHNOLOGY\ttool\t\tno", "Dockly\tORGANIZATION\t\t\tno");

        assertThat(g.lookup("dockly")).extracting(GazetteerEntry::type)
                .containsExactly(EntityType.TECHNOLOGY, EntityType.ORGANIZATION);
        assertThat(g.lookup("Dockly", EntityType.ORGANIZATION)).map(GazetteerEntry::type).contains(EntityType.ORGANIZATION);
    }

    @Test
    void plusOverridesByNameAndTypeAndKeepsTheRest() {
        Gazetteer builtIn = rows(
                "Kubernetes\tTECHNOLOGY\tplatform\tk8s\tno",
                "Zorblet\tTECHNOLOGY\tdatabase\t\tno",
                "Zorblet\tORGANIZATION\t\t\tno");
        Gazetteer user = rows("kubernetes\tTECHNOLOGY\ttool\t\tyes", "Glide\tTECHNOLOGY\tlanguage\t\tno");

        Gazetteer g = builtIn.plus(user);

        assertThat(g.entries()).extracting(GazetteerEntry::name)
                .containsExactly("kubernetes", "Zorblet", "Zorblet", "Glide");
        assertThat(g.lookup("Kubernetes")).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("tool");
            assertThat(e.ambiguous()).isTrue();
        });
        assertThat(g.lookup("k8s")).as("the replaced row's aliases are gone").isEmpty();
        assertThat(g.lookup("zorblet")).hasSize(2);
        assertThat(builtIn.lookup("k8s")).as("plus does not change its operands").hasSize(1);
    }

    @Test
    void loadsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("extra.tsv");
        Files.writeString(good, HEADER + "Zorblet\tTECHNOLOGY\tdatabase\tZB\tno\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, HEADER + "Zorblet\tTECHNOLOGY\tdatabase\tZB\tno\nGlide\tGADGET\n", StandardCharsets.UTF_8);

        Gazetteer g = Gazetteer.load(good);

        assertThat(g.lookup("zb")).singleElement().extracting(GazetteerEntry::origin).isEqualTo(good + ":2");
        assertThatThrownBy(() -> Gazetteer.load(bad)).isInstanceOf(ModelException.class).hasMessageStartingWith(bad + ":3: ");
        assertThatThrownBy(() -> Gazetteer.load(dir.resolve("missing.tsv")))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("missing.tsv")
                .hasMessageContaining("cannot read");
    }

    @Test
    void builtInGazetteersParse() {
        Gazetteer g = Gazetteer.load(Path.of("models/technologies.tsv")).plus(Gazetteer.load(Path.of("models/organizations.tsv")));

        assertThat(g.entries()).hasSizeGreaterThan(3000);
        assertThat(g.lookup("k8s", EntityType.TECHNOLOGY)).map(GazetteerEntry::name).contains("Kubernetes");
        assertThat(g.lookup("Red Hatters", EntityType.ORGANIZATION)).map(GazetteerEntry::name).contains("Red Hat");
        assertThat(g.lookup("Go", EntityType.TECHNOLOGY)).hasValueSatisfying(e -> assertThat(e.ambiguous()).isTrue());
    }
}
