package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.LinkReason;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.pipeline.Pipeline;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.Learned;
import dev.talkmine.testing.ReportInvariants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityStageTest {
    private static final String TEXT = "We chat on Slack all day.\n\nMax Roe, Slack: Token leaks\n\nMax showed how tokens leak.";

    /** A gazetteer's mention of the {@code occurrence}-th (from 0) {@code surface} in {@code text}. */
    static Mention at(String text, String surface, int occurrence, EntityType type) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = text.indexOf(surface, i + 1);
        }
        return new Mention(new TextSpan(i, i + surface.length()), surface, type, surface, type == TECHNOLOGY ? "service" : null,
                MentionSource.GAZETTEER, 0.8, "test");
    }

    /** The one talk, from "Max Roe" to the end, whose speaker is from {@code org}. */
    private static Talk talk(String org) {
        return talk(TEXT, "Max Roe", org);
    }

    /** The one talk of {@code text}, from {@code speaker} to the end, whose speaker is from {@code org}. */
    private static Talk talk(String text, String speaker, String org) {
        return new Talk(1, new TextSpan(text.indexOf(speaker), text.length()), TalkKind.TALK, "Token leaks",
                List.of(new Speaker(speaker, List.of(org))), List.of(), List.of());
    }

    /** The report with these mentions and the one talk, whose speaker is from {@code org}. */
    private static Report report(String org, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        Report r = new EntityLinker().process(Docs.text(TEXT).withMentions(ms));
        Report out = Learned.ENTITIES.process(r.withTalks(List.of(talk(org))));
        ReportInvariants.check(out);
        return out;
    }

    @Test
    void aSpeakersStatedOrganizationIsAnOrganizationThoughTheSentenceReadATechnology() {
        Report r = report("Slack", at(TEXT, "Slack", 0, TECHNOLOGY), at(TEXT, "Max Roe", 0, PERSON), at(TEXT, "Slack", 1, TECHNOLOGY));

        assertThat(r.entities()).extracting(Entity::name, Entity::type, e -> e.mentions().get(0).span().start())
                .containsExactly(tuple("Slack", TECHNOLOGY, TEXT.indexOf("Slack")), tuple("Max Roe", PERSON, TEXT.indexOf("Max")),
                        tuple("Slack", ORGANIZATION, TEXT.indexOf("Slack", TEXT.indexOf("Max"))));
        assertThat(r.entities().get(2).merges()).containsExactly("Slack: an organization talk 1 states, not a technology there");
        assertThat(r.resolvedMentions()).as("what the stages before read is left as linking made it")
                .extracting(Mention::type).containsExactly(TECHNOLOGY, PERSON, TECHNOLOGY);
    }

    @Test
    void theMergesAreLinkingsReasonsAsItsLayerHoldsThemWithTheStagesOwnAdded() {
        Mention max = at(TEXT, "Max Roe", 0, PERSON);
        Mention slack = at(TEXT, "Slack", 1, TECHNOLOGY);
        Report linked = Docs.text(TEXT).withResolvedMentions(List.of(max, slack))
                .withLinkReasons(List.of(new LinkReason(max, "as linking said"), new LinkReason(slack, "slack: case variant of Slack")))
                .withTalks(List.of(talk("Slack")));

        // no MENTIONS layer, and the pipeline withholds any layer not required: the stage does not link again
        Report out = Pipeline.builder().given(linked.layers()).add(Learned.ENTITIES).build().process(linked, s -> { });

        assertThat(out.entities()).extracting(Entity::name, Entity::merges).containsExactly(
                tuple("Max Roe", List.of("as linking said")),
                tuple("Slack", List.of("slack: case variant of Slack; Slack: an organization talk 1 states, not a technology there")));
    }

    @Test
    void anOrganizationMentionAlreadyThereIsLeftAlone() {
        Mention company = new Mention(at(TEXT, "Slack", 1, ORGANIZATION).span(), "Slack", ORGANIZATION, "Slack", null,
                MentionSource.RULE, 0.7, "test");
        Report r = report("Slack", at(TEXT, "Slack", 0, TECHNOLOGY), company);

        assertThat(r.entities()).extracting(Entity::name, Entity::type).containsExactly(tuple("Slack", TECHNOLOGY), tuple("Slack", ORGANIZATION));
        assertThat(r.entities()).allSatisfy(e -> assertThat(e.merges()).isEmpty());
    }

    @Test
    void onlyTheTalksOwnPassageAndNoPersonAreRetyped() {
        Report r = report("Slack", at(TEXT, "Slack", 0, TECHNOLOGY), at(TEXT, "Max Roe", 0, PERSON));
        assertThat(r.entities()).extracting(Entity::type).containsExactly(TECHNOLOGY, PERSON);

        Report person = report("Max Roe", at(TEXT, "Max Roe", 0, PERSON));
        assertThat(person.entities()).extracting(Entity::type).containsExactly(PERSON);
    }

    @Test
    void anEditionOfAnEventIsNeitherAnOrganizationNorAPersonUnlessATalkStatesIt() {
        String text = "Notes from FooConf 2031\n\nI went to fooconf2031 with Acme. Zed Lab 2031 was on too. "
                + "Ann Lee of Acme spoke.\n\nPosted by Bo Chen 2031-05-01";
        List<Mention> ms = List.of(at(text, "FooConf", 0, ORGANIZATION), at(text, "fooconf2031", 0, ORGANIZATION),
                at(text, "Acme", 0, ORGANIZATION), at(text, "Zed Lab", 0, PERSON), at(text, "Ann Lee", 0, PERSON),
                at(text, "Acme", 1, ORGANIZATION), at(text, "Bo Chen", 0, PERSON));
        Report linked = new EntityLinker().process(Docs.text(text).withMentions(ms));

        Report none = Learned.ENTITIES.process(linked.withTalks(List.of()));
        ReportInvariants.check(none);
        assertThat(none.entities()).extracting(Entity::name).as("FooConf, fooconf2031 and Zed Lab left out; a date is no edition")
                .containsExactly("Acme", "Ann Lee", "Bo Chen");
        assertThat(none.entities()).extracting(Entity::id).as("ids run on").containsExactly("e1", "e2", "e3");

        Report kept = Learned.ENTITIES.process(linked.withTalks(List.of(talk(text, "Ann Lee", "FooConf"))));
        assertThat(kept.entities()).extracting(Entity::name).as("a speaker's stated organization stays").contains("FooConf");
    }

    @Test
    void anEventTheModelCallsATechnologyIsLeftOutButAGazetteersTechnologyStays() {
        String text = "Back from Zedconf 2031\n\nMost people were attending QuillJS for the first time. The Kotlin conference "
                + "is next month; Nomadix and Quillweb were demoed.";
        List<Mention> ms = List.of(model(text, "Zedconf", TECHNOLOGY), model(text, "QuillJS", TECHNOLOGY),
                at(text, "Kotlin", 0, TECHNOLOGY), model(text, "Nomadix", TECHNOLOGY), model(text, "Quillweb", TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name)
                .as("a dated event and one attended are no technologies; the gazetteer's Kotlin and the other names stay")
                .containsExactly("Kotlin", "Nomadix", "Quillweb");
    }

    @Test
    void aTechnologyOrOrganizationNamedAsEventsAreIsLeftOutWhateverTheTextSays() {
        String text = "Quillers flock to QuillConf each spring; ZedCamp is smaller. Falcon and Quillcon ship QuillConf.js. "
                + "ZedConfEU was fun; Initech GmbH paid.";
        List<Mention> ms = List.of(model(text, "QuillConf", TECHNOLOGY), model(text, "ZedCamp", TECHNOLOGY),
                model(text, "Falcon", TECHNOLOGY), model(text, "Quillcon", TECHNOLOGY), model(text, "QuillConf.js", TECHNOLOGY),
                model(text, "ZedConfEU", ORGANIZATION), model(text, "Initech GmbH", ORGANIZATION));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name)
                .as("a word glued to Conf or Camp, maybe and an edition's region, is an event's name; no glued suffix, no event")
                .containsExactly("Falcon", "Quillcon", "QuillConf.js", "Initech GmbH");
    }

    @Test
    void aTechnologyNoGazetteerKnowsThatAbbreviatesAConceptIsLeftOut() {
        String text = "Ann moved the AST to the GPU, merged CRDTs over RPC and sold it as SaaS; the PWA and Nomadix RPCx stay.";
        List<Mention> ms = List.of(model(text, "AST", TECHNOLOGY), model(text, "GPU", TECHNOLOGY), model(text, "CRDTs", TECHNOLOGY),
                model(text, "RPC", TECHNOLOGY), model(text, "SaaS", TECHNOLOGY), at(text, "PWA", 0, TECHNOLOGY),
                model(text, "Nomadix RPCx", TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name)
                .as("concepts, in the singular or plural, are no technologies; a gazetteer's name and a longer name stay")
                .containsExactly("PWA", "Nomadix RPCx");
    }

    @Test
    void aLowerCaseWordDerivedFromAnOrdinaryWordNoGazetteerKnowsIsNoTechnology() {
        String text = "Reproducibility matters: reproducibility of builds, the glue, zorbix and quillifies.";
        List<Mention> ms = List.of(model(text, "reproducibility", TECHNOLOGY), model(text, "glue", TECHNOLOGY),
                model(text, "zorbix", TECHNOLOGY), model(text, "quillifies", TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name).as("an ordinary word itself and a name no word derives stay")
                .containsExactly("glue", "zorbix", "quillifies");
    }

    @Test
    void aNameDoesNotOpenWithAVerbsIngForm() {
        String text = "Talks: Using Zorbix at Scale; Building Zorbflow Apps; Using Patterns; Spring Boot; Using Kotlin; Rising Tide Ltd.";
        List<Mention> ms = List.of(model(text, "Using Zorbix", TECHNOLOGY), model(text, "Building Zorbflow Apps", TECHNOLOGY),
                model(text, "Using Patterns", TECHNOLOGY), model(text, "Spring Boot", TECHNOLOGY), at(text, "Using Kotlin", 0, TECHNOLOGY),
                model(text, "Rising Tide Ltd", ORGANIZATION));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, e -> e.mentions().get(0).text())
                .as("the -ing word is cut off; nothing is left of ordinary words; a gazetteer's match, \"Spring\" and a company stay")
                .containsExactly(tuple("Zorbix", "Zorbix"), tuple("Zorbflow Apps", "Zorbflow Apps"), tuple("Spring Boot", "Spring Boot"),
                        tuple("Using Kotlin", "Using Kotlin"), tuple("Rising Tide Ltd", "Rising Tide Ltd"));
    }

    @Test
    void anEventTheModelCallsATechnologyIsLeftOutThoughATalkStatesItsNameAsAnOrganization() {
        String text = "Back from Zedconf 2031\n\nMax Roe, Zedconf: Token leaks\n\nMax showed Zedconf tools.";
        List<Mention> ms = List.of(model(text, "Zedconf", TECHNOLOGY), at(text, "Max Roe", 0, PERSON),
                at(text, "Zedconf", 1, ORGANIZATION), model(text, "Zedconf", 2, TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms))
                .withTalks(List.of(talk(text, "Max Roe", "Zedconf"))));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, Entity::type).as("the stated organization stays; no technology")
                .containsExactly(tuple("Max Roe", PERSON), tuple("Zedconf", ORGANIZATION));
    }

    @Test
    void anEmployerBeforeAJobTitleAndAPersonIsAnOrganization() {
        String text = "Quillbase co-founder Ann Lee demoed Nomadix.";
        List<Mention> ms = List.of(at(text, "Ann Lee", 0, PERSON), model(text, "Nomadix", TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Quillbase", ORGANIZATION), tuple("Ann Lee", PERSON), tuple("Nomadix", TECHNOLOGY));
    }

    @Test
    void aNameInAnEponymousConceptIsNoPersonButTheSamePersonNamedElsewhereStays() {
        String text = "Ann Lee explained Brandt’s law, the Kübler-Ross paradox and Occam's Razor, then Lee's demo. "
                + "Ann's model was green; Bo Chen lawfully tested Pia Bauer’s model.";
        List<Mention> ms = List.of(at(text, "Ann Lee", 0, PERSON), at(text, "Brandt", 0, PERSON), at(text, "Kübler-Ross", 0, PERSON),
                at(text, "Occam", 0, PERSON), at(text, "Lee", 1, PERSON), at(text, "Ann", 1, PERSON), at(text, "Bo Chen", 0, PERSON),
                at(text, "Pia Bauer", 0, PERSON));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name)
                .as("the names of a law, a paradox and a razor are no people; a person's demo or model, a word that only starts "
                        + "with an eponym noun and a person also named elsewhere stay")
                .containsExactly("Ann Lee", "Bo Chen", "Pia Bauer");
        assertThat(r.entities().get(0).mentions()).extracting(Mention::text).containsExactly("Ann Lee", "Lee", "Ann");
    }

    @Test
    void namesListedAfterAKindOfCompanyAreOrganizationsThereOnly() {
        String text = "We build on Quillsoft. Companies like Quillsoft and Zorbix sponsor it.";
        List<Mention> ms = List.of(at(text, "Quillsoft", 0, TECHNOLOGY), at(text, "Quillsoft", 1, TECHNOLOGY));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, Entity::type).as("the product and the company, as the guidelines list both")
                .containsExactly(tuple("Quillsoft", TECHNOLOGY), tuple("Quillsoft", ORGANIZATION), tuple("Zorbix", ORGANIZATION));
    }

    @Test
    void aVenueIsNoOrganizationUnlessATalkStatesIt() {
        String text = "Dinner at Rosa Bakery, then drinks at the Harbour Hotel bar. Ann Lee of the Quill Research Center and "
                + "Bo Chen of Quill Library spoke.";
        List<Mention> ms = List.of(at(text, "Rosa Bakery", 0, ORGANIZATION), at(text, "Harbour Hotel", 0, ORGANIZATION),
                at(text, "Ann Lee", 0, PERSON), at(text, "Quill Research Center", 0, ORGANIZATION), at(text, "Bo Chen", 0, PERSON),
                at(text, "Quill Library", 0, ORGANIZATION));
        Report linked = new EntityLinker().process(Docs.text(text).withMentions(ms));
        Report r = Learned.ENTITIES.process(linked.withTalks(List.of(talk(text, "Bo Chen", "Quill Library"))));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name).as("the bakery and the hotel left out; a research center and a stated "
                + "library stay").containsExactly("Ann Lee", "Quill Research Center", "Bo Chen", "Quill Library");
    }

    @Test
    void aPartOfAnEditionIsNoOrganizationAndATechnologyWrittenAsACompanyIsOne() {
        String text = "Notes from Zedcon 2031\n\nZedcon University was long. June Ito from Quillbase demoed Quillbase. "
                + "In June 2031 the Zedcon Foundation met.";
        List<Mention> ms = List.of(at(text, "Zedcon University", 0, ORGANIZATION), at(text, "June Ito", 0, PERSON),
                at(text, "Quillbase", 0, TECHNOLOGY), at(text, "Quillbase", 1, TECHNOLOGY), at(text, "Zedcon Foundation", 0, ORGANIZATION));
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, Entity::type)
                .as("Zedcon's parts are no organizations; a person named after a month stays; Quillbase in both senses")
                .containsExactly(tuple("June Ito", PERSON), tuple("Quillbase", ORGANIZATION), tuple("Quillbase", TECHNOLOGY));
    }

    @Test
    void aMentionLosesAListMarkerBeforeItsNameAndLeavesNoBracketOpen() {
        String text = "Tools that cluster:\n\n- Nomadix\n- Quillbase\n\nIt struck me that Wei (Lin) uses Nomadix, "
                + "Frob(TM) Studio and Zed (for small jobs).";
        Mention dash = model(text, "- Nomadix", TECHNOLOGY);
        Mention unclosed = model(text, "Wei (Lin", PERSON);
        Mention cut = model(text, "Zed (for", TECHNOLOGY);
        List<Mention> ms = List.of(dash, at(text, "Quillbase", 0, TECHNOLOGY), unclosed, at(text, "Nomadix", 1, TECHNOLOGY),
                at(text, "Frob(TM) Studio", 0, TECHNOLOGY), cut);
        Report r = Learned.ENTITIES.process(new EntityLinker().process(Docs.text(text).withMentions(ms)).withTalks(List.of()));
        ReportInvariants.check(r);

        assertThat(r.entities()).extracting(Entity::name, e -> e.mentions().size())
                .as("the dash gone, the list item's Nomadix is the sentence's; a bracket the text closes right after"
                        + " the span is closed, another cut off; a closed one stays")
                .containsExactly(tuple("Nomadix", 2), tuple("Quillbase", 1), tuple("Wei (Lin)", 1), tuple("Frob(TM) Studio", 1),
                        tuple("Zed", 1));
        assertThat(r.entities().get(0).mentions().get(0).span().start()).isEqualTo(text.indexOf("Nomadix"));
        assertThat(r.resolvedMentions()).as("what the stages before read is left as linking made it")
                .extracting(Mention::text).contains("- Nomadix", "Wei (Lin", "Zed (for");
        assertThat(EntityStage.trimmed(text, ms.get(1))).as("nothing to mend: the same mention").isSameAs(ms.get(1));
    }

    /** A model's mention of {@code surface} (its first occurrence in {@code text}), named as written. */
    /** The first occurrence of {@code surface} as a model's mention of {@code type}. */
    static Mention model(String text, String surface, EntityType type) {
        return model(text, surface, 0, type);
    }

    /** A model's mention, no gazetteer's, of the {@code occurrence}-th (from 0) {@code surface} in {@code text}. */
    static Mention model(String text, String surface, int occurrence, EntityType type) {
        Mention m = at(text, surface, occurrence, type);
        return new Mention(m.span(), surface, type, surface, null, MentionSource.MODEL, 0.6, "test");
    }
}
