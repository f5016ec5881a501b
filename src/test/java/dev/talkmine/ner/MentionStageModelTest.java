package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.ReportInvariants;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real stage: CoreNLP's CRF (loaded once, about 3 s) with the built-in gazetteers from models/. */
@Tag("model")
class MentionStageModelTest {
    private static MentionStage stage;

    @BeforeAll
    static void load() {
        Gazetteer builtIn = Gazetteer.load(Path.of("models/technologies.tsv"))
                .plus(Gazetteer.load(Path.of("models/organizations.tsv")));
        WordList words;
        try (var in = java.nio.file.Files.newInputStream(Path.of("models/english-words.txt"))) {
            words = WordList.parse(in, "models/english-words.txt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        stage = MentionStage.load(builtIn, words);
    }

    private static Report run(String text) {
        Report out = stage.process(Docs.text(text));
        assertThat(out.layers()).contains(Layer.MENTIONS);
        ReportInvariants.check(out);
        return out;
    }

    @Test
    void declaresItsLayers() {
        assertThat(stage.name()).isEqualTo("mentions");
        assertThat(stage.requires()).containsExactly(Layer.SENTENCES);
        assertThat(stage.produces()).containsExactly(Layer.MENTIONS);
    }

    @Test
    void modelFindsThePersonAndGazetteerTheTechnologies() {
        Report out = run("Alice Nakamura from Initrode gave a talk about Kubernetes and PostgreSQL.");

        assertThat(out.mentions()).extracting(Mention::text, Mention::type, Mention::source).contains(
                tuple("Alice Nakamura", EntityType.PERSON, MentionSource.MODEL),
                tuple("Kubernetes", EntityType.TECHNOLOGY, MentionSource.GAZETTEER),
                tuple("PostgreSQL", EntityType.TECHNOLOGY, MentionSource.GAZETTEER));
        assertThat(out.mentions()).filteredOn(m -> m.text().equals("PostgreSQL")).singleElement()
                .extracting(Mention::category).isEqualTo("database");
    }

    @Test
    void honorificAndPossessiveAreCleanedAndAmbiguousNamesNeedContext() {
        Report out = run("Dr Bruno Okafor's keynote was lively. Go to room B afterwards. His service is written in Go.");

        assertThat(out.mentions()).extracting(Mention::text, Mention::type).contains(
                tuple("Bruno Okafor", EntityType.PERSON));
        assertThat(out.mentions()).filteredOn(m -> m.type() == EntityType.TECHNOLOGY)
                .extracting(Mention::text, Mention::name).containsExactly(tuple("Go", "Go"));
        assertThat(out.mentions()).filteredOn(m -> m.text().equals("Go")).singleElement()
                .satisfies(m -> assertThat(out.text().substring(m.span().start() - 11, m.span().start())).isEqualTo("written in "));
    }
}
