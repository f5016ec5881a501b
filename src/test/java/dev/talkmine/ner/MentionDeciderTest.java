package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.ReportInvariants;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learned decision with a small model trained here on hand-built candidates (no CRF, no corpus). */
class MentionDeciderTest {
    private static MentionDecider decider;

    /** Training candidates: a few feature sets, each with the label it always has. */
    @BeforeAll
    static void train() {
        List<Candidate> cs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            add(cs, labels, "TECHNOLOGY", "src=gaz:TECHNOLOGY", "keep=TECHNOLOGY", "case=title");
            add(cs, labels, "PERSON", "src=crf:PERSON", "keep=PERSON", "words=2");
            add(cs, labels, "NONE", "src=crf:PERSON", "keep=PERSON", "words=1", "nested=inside");
            add(cs, labels, "ORGANIZATION", "src=rule:aff-paren", "keep=ORGANIZATION", "pc=(");
            add(cs, labels, "NONE", "src=rule:name-shape", "event");
            add(cs, labels, "NONE", "src=gaz:TECHNOLOGY", "gaz.lower-word", "case=lower");
        }
        List<Event> local = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            local.add(new Event(labels.get(i), MentionDecider.features(cs.get(i))));
        }
        Classifier l = Classifier.train(local);
        List<Event> context = new ArrayList<>();
        List<String[]> cf = MentionDecider.contextFeatures(cs, l);
        for (int i = 0; i < cs.size(); i++) {
            context.add(new Event(labels.get(i), cf.get(i)));
        }
        decider = new MentionDecider(l, Classifier.train(context));
    }

    private static void add(List<Candidate> cs, List<String> labels, String label, String... features) {
        TextSpan span = new TextSpan(cs.size() * 10, cs.size() * 10 + 4);
        cs.add(new Candidate(span, "Abcd", List.of(new Mention(span, "Abcd", EntityType.PERSON, "Abcd", null, MentionSource.RULE,
                1.0, "test")), List.of(features)));
        labels.add(label);
    }

    private static Candidate at(Report r, String surface, EntityType type, MentionSource source, String name, String... features) {
        int start = r.text().indexOf(surface);
        TextSpan span = new TextSpan(start, start + surface.length());
        return new Candidate(span, surface, List.of(new Mention(span, surface, type, name, type == EntityType.TECHNOLOGY ? "language" : null,
                source, 1.0, "test")), List.of(features));
    }

    @Test
    void eachCandidateGetsTheTypeItsFeaturesSayAndTheProposalsName() {
        Report r = Docs.text("Ana Lima (Initrode) wrote it in kotlin, then in Kotlin, at KotlinConf.");
        r = r.withCandidates(List.of(
                at(r, "Ana Lima", EntityType.PERSON, MentionSource.MODEL, "Ana Lima", "src=crf:PERSON", "keep=PERSON", "words=2"),
                at(r, "Initrode", EntityType.ORGANIZATION, MentionSource.RULE, "Initrode", "src=rule:aff-paren", "keep=ORGANIZATION", "pc=("),
                at(r, "kotlin", EntityType.TECHNOLOGY, MentionSource.GAZETTEER, "Kotlin", "src=gaz:TECHNOLOGY", "gaz.lower-word",
                        "case=lower"),
                at(r, "Kotlin,", EntityType.TECHNOLOGY, MentionSource.GAZETTEER, "Kotlin", "src=gaz:TECHNOLOGY", "keep=TECHNOLOGY",
                        "case=title"),
                at(r, "KotlinConf", EntityType.PERSON, MentionSource.RULE, "KotlinConf", "src=rule:name-shape", "event")));

        Report out = decider.process(r);

        assertThat(out.layers()).contains(Layer.MENTIONS);
        assertThat(out.mentions()).extracting(Mention::text, Mention::type, Mention::name).containsExactly(
                tuple("Ana Lima", EntityType.PERSON, "Ana Lima"),
                tuple("Initrode", EntityType.ORGANIZATION, "Initrode"),
                tuple("Kotlin,", EntityType.TECHNOLOGY, "Kotlin"));
        assertThat(out.mentions()).allSatisfy(m -> {
            assertThat(m.confidence()).isGreaterThan(0.5);
            assertThat(m.evidence()).startsWith("learned: ");
        });
        ReportInvariants.check(out);
    }

    @Test
    void ofOverlappingCandidatesTheMoreProbableSpanWins() {
        Report r = Docs.text("We met Ana Lima there.");
        r = r.withCandidates(List.of(
                at(r, "Ana", EntityType.PERSON, MentionSource.MODEL, "Ana", "src=crf:PERSON", "keep=PERSON", "words=1", "nested=inside"),
                at(r, "Ana Lima", EntityType.PERSON, MentionSource.MODEL, "Ana Lima", "src=crf:PERSON", "keep=PERSON", "words=2")));

        assertThat(decider.process(r).mentions()).extracting(Mention::text).containsExactly("Ana Lima");
    }

    @Test
    void declaresItsLayers() {
        assertThat(decider.name()).isEqualTo("mentions");
        assertThat(decider.requires()).containsExactly(Layer.CANDIDATES);
        assertThat(decider.produces()).containsExactly(Layer.MENTIONS);
    }
}
