package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.LinkReason;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import dev.talkmine.testing.ReportInvariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    /** Links people found by the (simulated) model and checks the report invariants. */
    private static List<Entity> people(String text, String... names) {
        Report r = Docs.withPeople(Docs.text(text), names);
        ReportInvariants.check(r);
        return r.entities();
    }

    /** A hand-made mention of the {@code occurrence}-th (0-based) occurrence of {@code surface}. */
    private static Mention at(Report r, String surface, int occurrence, EntityType type, MentionSource source,
                              String category) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = r.text().indexOf(surface, i + 1);
        }
        assertThat(i).as("occurrence %d of %s", occurrence, surface).isNotNegative();
        double confidence = source == MentionSource.GAZETTEER ? 0.9 : 0.8;
        return new Mention(new TextSpan(i, i + surface.length()), surface, type, surface, category, source,
                confidence, source.id());
    }

    private static Report link(Report r, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        Report in = r.withMentions(ms);
        Report out = new EntityLinker().process(in);
        assertThat(out.layers()).contains(Layer.RESOLVED_MENTIONS, Layer.LINK_REASONS).doesNotContain(Layer.ENTITIES);
        assertThat(out.resolvedMentions()).as("each reason is that of a resolved mention").containsAll(
                out.linkReasons().stream().map(LinkReason::mention).toList());
        out = out.withEntities(Learned.ENTITIES.entities(out.text(), out.resolvedMentions(), out.linkReasons(), List.of()));
        assertThat(out.mentions()).as("the mention decision's layer is left as it was").isSameAs(in.mentions());
        assertThat(out.resolvedMentions()).as("one resolved mention per mention, in order")
                .extracting(Mention::span).isEqualTo(ms.stream().map(Mention::span).toList());
        ReportInvariants.check(out);
        return out;
    }

    @Test
    void firstNameResolvesToTheOneFullName() {
        List<Entity> es = people("Wenna Trask gave the keynote. Later Wenna took questions.", "Wenna Trask", "Wenna");

        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("e1");
            assertThat(e.name()).isEqualTo("Wenna Trask");
            assertThat(e.type()).isEqualTo(PERSON);
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("Wenna Trask", "Wenna");
            assertThat(e.merges()).containsExactly("Wenna: first name of Wenna Trask");
        });
    }

    @Test
    void surnameResolvesToTheOneFullName() {
        List<Entity> es = people("Wenna Trask spoke first. Trask argued for more tests.", "Wenna Trask", "Trask");

        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Wenna Trask");
            assertThat(e.merges()).containsExactly("Trask: surname of Wenna Trask");
        });
    }

    @Test
    void nameWithoutDiacriticsResolvesToTheAccentedFullName() {
        List<Entity> es = people("Zoë Brandt opened. Zoe then handed over.", "Zoë Brandt", "Zoe");

        assertThat(es).singleElement().satisfies(e -> assertThat(e.merges()).containsExactly("Zoe: first name of Zoë Brandt"));
    }

    @Test
    void firstNameSharedByTwoFullNamesIsTheNearestOnceTheTalksAreKnown() {
        Report r = Docs.withPeople(Docs.text("Wenna Trask and Wenna Osei co-chaired. Wenna closed the day."),
                "Wenna Trask", "Wenna Osei", "Wenna");
        List<Entity> es = r.entities();

        assertThat(r.resolvedMentions()).extracting(Mention::name).as("the linker leaves it as written")
                .containsExactly("Wenna Trask", "Wenna Osei", "Wenna");
        assertThat(es).extracting(Entity::id, Entity::name).containsExactly(tuple("e1", "Wenna Trask"), tuple("e2", "Wenna Osei"));
        assertThat(es.get(1).merges()).containsExactly("Wenna: the nearest of the full names it fits, Wenna Osei");
    }

    @Test
    void shorterMultiWordFormMergesIntoTheLongerName() {
        List<Entity> es = people("Maro Jin Pellow demoed it. Maro Jin answered. Jin Pellow agreed.",
                "Maro Jin Pellow", "Maro Jin", "Jin Pellow");

        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Maro Jin Pellow");
            assertThat(e.mentions()).hasSize(3);
            assertThat(e.merges()).containsExactly("Maro Jin: shorter form of Maro Jin Pellow",
                    "Jin Pellow: shorter form of Maro Jin Pellow");
        });
    }
    @Test
    void firstNameResolvesWhenAShorterFormOfTheSameNameIsAlsoMentioned() {
        List<Entity> es = people("Maro Jin Pellow demoed it. Maro Jin answered. Then Maro left.",
                "Maro Jin Pellow", "Maro Jin", "Maro");

        assertThat(es).singleElement().extracting(Entity::name).isEqualTo("Maro Jin Pellow");
    }

    @Test
    void caseVariantsOfATechnologyMergeIntoTheCommonestSpelling() {
        Report r = Docs.withEntities(Docs.text("We use ZorbDB daily. Yes, zorbdb is fast. The ZorbDB team came."),
                TECHNOLOGY, "ZorbDB", "zorbdb");
        ReportInvariants.check(r);

        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("ZorbDB");
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("ZorbDB", "zorbdb", "ZorbDB");
            assertThat(e.merges()).containsExactly("zorbdb: case variant of ZorbDB");
        });
    }

    @Test
    void gazetteerSpellingOutweighsMoreFrequentVariants() {
        Report r = Docs.text("kubernetes here, kubernetes there, and Kubernetes everywhere.");
        Report out = link(r,
                at(r, "kubernetes", 0, TECHNOLOGY, MentionSource.RULE, null),
                at(r, "kubernetes", 1, TECHNOLOGY, MentionSource.RULE, null),
                at(r, "Kubernetes", 0, TECHNOLOGY, MentionSource.GAZETTEER, "platform"));

        assertThat(out.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kubernetes");
            assertThat(e.category()).isEqualTo("platform");
            assertThat(e.merges()).containsExactly("kubernetes: case variant of Kubernetes");
        });
        assertThat(out.resolvedMentions()).extracting(Mention::name).containsOnly("Kubernetes");
        assertThat(out.mentions()).extracting(Mention::name).containsExactly("kubernetes", "kubernetes", "Kubernetes");
    }

    @Test
    void modelOrganizationNamedLikeAGazetteerTechnologyIsRetyped() {
        Report r = Docs.text("Zorbix stores the events. Initrode moved to Zorbix, and Jenkins builds it.");
        Report out = link(r,
                at(r, "Zorbix", 0, TECHNOLOGY, MentionSource.GAZETTEER, "database"),
                at(r, "Initrode", 0, ORGANIZATION, MentionSource.MODEL, null),
                at(r, "Zorbix", 1, ORGANIZATION, MentionSource.MODEL, null),
                at(r, "Jenkins", 0, PERSON, MentionSource.MODEL, null));

        assertThat(out.entities()).extracting(Entity::id, Entity::name, Entity::type).containsExactly(
                tuple("e1", "Zorbix", TECHNOLOGY), tuple("e2", "Initrode", ORGANIZATION), tuple("e3", "Jenkins", PERSON));
        Entity zorbix = out.entities().get(0);
        assertThat(zorbix.category()).isEqualTo("database");
        assertThat(zorbix.mentions()).hasSize(2);
        assertThat(zorbix.mentions().get(1).evidence()).isEqualTo("model; retyped: Zorbix is a technology in this report");
    }

    @Test
    void singleWordModelPersonNamedLikeAGazetteerTechnologyIsRetyped() {
        Report r = Docs.text("Jenkins runs the builds. Ask Jenkins, not Jenkins Marlow.");
        Report out = link(r,
                at(r, "Jenkins", 0, TECHNOLOGY, MentionSource.GAZETTEER, "tool"),
                at(r, "Jenkins", 1, PERSON, MentionSource.MODEL, null),
                at(r, "Jenkins Marlow", 0, PERSON, MentionSource.MODEL, null));

        assertThat(out.entities()).extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Jenkins", TECHNOLOGY), tuple("Jenkins Marlow", PERSON));
        assertThat(out.entities().get(0).mentions()).hasSize(2);
    }
    @Test
    void retypedMentionKeepsAMergeReason() {
        Report r = Docs.text("Zorbix stores the events. Initrode moved to Zorbix.");
        Report out = link(r,
                at(r, "Zorbix", 0, TECHNOLOGY, MentionSource.GAZETTEER, "database"),
                at(r, "Zorbix", 1, ORGANIZATION, MentionSource.MODEL, null));

        assertThat(out.entities().get(0).merges()).isNotEmpty();
    }

    @Test
    void eachChangeKeepsItsReasonInALayerBesideTheResolvedMentions() {
        Report r = Docs.text("Wenna Trask spoke. Wenna said Zorbix stores the events. Initrode moved to Zorbix.");
        Report out = link(r,
                at(r, "Wenna Trask", 0, PERSON, MentionSource.MODEL, null),
                at(r, "Wenna", 1, PERSON, MentionSource.MODEL, null),
                at(r, "Zorbix", 0, TECHNOLOGY, MentionSource.GAZETTEER, "database"),
                at(r, "Initrode", 0, ORGANIZATION, MentionSource.MODEL, null),
                at(r, "Zorbix", 1, ORGANIZATION, MentionSource.MODEL, null));

        List<Mention> resolved = out.resolvedMentions();
        assertThat(out.linkReasons()).as("only the changed mentions, in order").containsExactly(
                new LinkReason(resolved.get(1), "Wenna: first name of Wenna Trask"),
                new LinkReason(resolved.get(4), "Zorbix: model organization, but a gazetteer technology elsewhere in this report"));
    }

    @Test
    void idsFollowFirstMentionAndConfidenceGrowsWithRepetition() {
        Report r = Docs.text("Initrode hired Wenna Trask. Trask likes Initrode. Initrode, Initrode, Initrode!");
        r = Docs.withEntities(Docs.withPeople(r, "Wenna Trask", "Trask"), ORGANIZATION, "Initrode");
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::id, Entity::name)
                .containsExactly(tuple("e1", "Initrode"), tuple("e2", "Wenna Trask"));
        assertThat(r.entities().get(0).confidence()).isEqualTo(0.99);
        assertThat(r.entities().get(1).confidence()).isCloseTo(0.85, within(1e-9));
        assertThat(r.entities()).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void reportWithoutMentionsHasNoEntities() {
        Report out = link(Docs.text("Nothing to see here."));

        assertThat(out.entities()).isEmpty();
    }
}
