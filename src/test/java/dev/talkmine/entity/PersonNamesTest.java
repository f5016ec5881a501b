package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private static final PersonNames NAMES = new PersonNames(Learned.LEXICON, Learned.GAZETTEER);

    private static List<Mention> mended(String text, Map<Mention, String> reasons, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        return NAMES.mended(text, ms, reasons);
    }

    @Test
    void aNameShapedLikeNoPersonsIsLeftOut() {
        assertThat(PersonNames.shapedLikeName("Static-site CMS")).isFalse();
        assertThat(PersonNames.shapedLikeName("Multi-player WebGL")).isFalse();
        assertThat(PersonNames.shapedLikeName("ZORBIX")).as("one word of capitals: an acronym").isFalse();
        for (String name : new String[] {"Ana McNamara", "Desiree DeLeon", "ÅSA LINDQVIST", "J.J. Allaire", "Eun-ji Choi",
                                         "Zoë Ångström", "Jean-Luc O'Brien", "Ōno Ren"}) {
            assertThat(PersonNames.shapedLikeName(name)).as(name).isTrue();
        }
        String text = "Peer-seeded CDN, by Ann Lee.";
        assertThat(mended(text, new HashMap<>(), at(text, "Peer-seeded CDN", 0, PERSON), at(text, "Ann Lee", 0, PERSON)))
                .extracting(Mention::text).containsExactly("Ann Lee");
    }

    @Test
    void aNameThatOpensOrEndsAsPlacesNamesDoIsLeftOut() {
        String text = "They demoed Zorbix and Santa Quilla; Ann Lee flew in from Nomadia Valley with Ricki Lake and "
                + "São Paulo Ng.";
        List<Mention> out = mended(text, new HashMap<>(), at(text, "Santa Quilla", 0, PERSON), at(text, "Ann Lee", 0, PERSON),
                at(text, "Nomadia Valley", 0, PERSON), at(text, "Ricki Lake", 0, PERSON), at(text, "São Paulo Ng", 0, PERSON));

        assertThat(out).extracting(Mention::text).as("a person's surname may be a lake's word; a place's first or last word")
                .containsExactly("Ann Lee", "Ricki Lake");
    }

    @Test
    void anOrganizationOrTechnologyThatNamesAPersonOfTheReportIsThatPerson() {
        String text = "As Ann Lee puts it, ship. Ann Lee closed; Zorbix Lab and Bo presented Quill Tools.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = mended(text, reasons, at(text, "Ann Lee", 0, ORGANIZATION), at(text, "Ann Lee", 1, PERSON),
                at(text, "Zorbix Lab", 0, ORGANIZATION), at(text, "Bo", 0, PERSON), at(text, "Quill Tools", 0, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::type).as("a one-word person names no namesake").containsExactly(
                tuple("Ann Lee", PERSON), tuple("Ann Lee", PERSON), tuple("Zorbix Lab", ORGANIZATION), tuple("Bo", PERSON),
                tuple("Quill Tools", TECHNOLOGY));
        assertThat(reasons.get(out.get(0))).isEqualTo("Ann Lee: a person the report names, no organization there");
    }

    @Test
    void aWordMadeFromAnOrganizationsNameBeforeAPersonStandsForTheOrganization() {
        String text = "Red Hatter Zoë Ångström and Googler Bo Chen met Redhat Li and Red Hatters.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = mended(text, reasons, at(text, "Red Hatter Zoë Ångström", 0, PERSON),
                at(text, "Googler Bo Chen", 0, PERSON), at(text, "Redhat Li", 0, PERSON));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::name)
                .as("a gazetteer's alias made from the name; not the name itself, nor a word after the last")
                .containsExactly(tuple("Red Hatter", ORGANIZATION, "Red Hat"), tuple("Zoë Ångström", PERSON, "Zoë Ångström"),
                        tuple("Googler", ORGANIZATION, "Google"), tuple("Bo Chen", PERSON, "Bo Chen"),
                        tuple("Redhat Li", PERSON, "Redhat Li"));
        assertThat(reasons.get(out.get(0)))
                .isEqualTo("Red Hatter Zoë Ångström: 'Red Hatter' stands for Red Hat, the rest is the person");
    }

    @Test
    void aGivenNameBeforeAndAndAFullNameTakesTheSurname() {
        String text = "Dave and Debbie Klein spoke; so did Zoë & Åsa Berg, and Jo and Li Wei Tan.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = mended(text, reasons, at(text, "Dave", 0, PERSON), at(text, "Debbie Klein", 0, PERSON),
                at(text, "Zoë", 0, PERSON), at(text, "Åsa Berg", 0, PERSON), at(text, "Jo", 0, PERSON),
                at(text, "Li Wei Tan", 0, PERSON));

        assertThat(out).extracting(Mention::name).containsExactly("Dave Klein", "Debbie Klein", "Zoë Berg", "Åsa Berg", "Jo",
                "Li Wei Tan");
        assertThat(reasons.get(out.get(0))).contains("sharing the surname of Debbie Klein");
    }

    @Test
    void aLoneNameThatFitsSeveralFullNamesIsTheNearestNamedBefore() {
        String text = "Colin Rundel showed livecode; Colin loved it. Later Colin Gillespie spoke, and Colin took notes. "
                + "Rundel agreed. Colin? No: Ann, then Ann Lee.";
        List<Mention> out = mended(text, new HashMap<>(), at(text, "Colin Rundel", 0, PERSON), at(text, "Colin", 1, PERSON),
                at(text, "Colin Gillespie", 0, PERSON), at(text, "Colin", 3, PERSON), at(text, "Rundel", 1, PERSON),
                at(text, "Ann", 0, PERSON), at(text, "Ann Lee", 0, PERSON), at(text, "livecode", 0, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::name).map(t -> t.toList().get(0) + "=" + t.toList().get(1))
                .containsExactly("Colin Rundel=Colin Rundel", "livecode=livecode", "Colin=Colin Rundel",
                        "Colin Gillespie=Colin Gillespie", "Colin=Colin Gillespie", "Rundel=Colin Rundel", "Ann=Ann Lee",
                        "Ann Lee=Ann Lee");
    }
}
