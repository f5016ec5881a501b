package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanySenseTest {
    private static final CompanySense SENSE = new CompanySense(Learned.LEXICON);

    private static List<Mention> retyped(String text, Map<Mention, String> reasons, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        return SENSE.retyped(text, ms, reasons);
    }

    @Test
    void aTechnologyAfterAPersonAndFromOrAtIsTheCompany() {
        String text = "Ana Ruiz from Quillbase showed robots. Bo Chen at the Zedstack booth smiled. We use Quillbase daily.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = retyped(text, reasons, at(text, "Ana Ruiz", 0, PERSON), at(text, "Quillbase", 0, TECHNOLOGY),
                at(text, "Bo Chen", 0, PERSON), at(text, "Zedstack", 0, TECHNOLOGY), at(text, "Quillbase", 1, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::category).containsExactly(
                tuple("Ana Ruiz", PERSON, null), tuple("Quillbase", ORGANIZATION, null), tuple("Bo Chen", PERSON, null),
                tuple("Zedstack", ORGANIZATION, null), tuple("Quillbase", TECHNOLOGY, "service"));
        assertThat(reasons.get(out.get(1))).contains("a company where the text writes it after a person and 'from' or 'at'");
    }

    @Test
    void aTechnologyBeforeApostropheSAndAPersonOrSponsoringIsTheCompany() {
        String text = "Zedstack's Ana Ruiz mused online. A brunch sponsored by Quillbase. Zedstack’s  CLI is fast. "
                + "Thanks to Quillbase for sponsoring the drinks; Zedstack for sponsorships is no sponsor. Quillbase's Bo Chen.";
        Mention rule = at(text, "Zedstack", 0, TECHNOLOGY);
        rule = new Mention(rule.span(), rule.text(), TECHNOLOGY, rule.name(), null, MentionSource.RULE, 0.7, "test");
        List<Mention> out = retyped(text, new HashMap<>(), rule, at(text, "Ana Ruiz", 0, PERSON),
                at(text, "Quillbase", 0, TECHNOLOGY), at(text, "Zedstack", 1, TECHNOLOGY), at(text, "Quillbase", 1, TECHNOLOGY),
                at(text, "Zedstack", 2, TECHNOLOGY), at(text, "Quillbase", 2, TECHNOLOGY), at(text, "Bo Chen", 0, PERSON));

        assertThat(out).extracting(Mention::type)
                .as("the second Zedstack's is a product's (no person follows); a gazetteer's product before 's and a person may"
                        + " be the project's")
                .containsExactly(ORGANIZATION, PERSON, ORGANIZATION, TECHNOLOGY, ORGANIZATION, TECHNOLOGY, TECHNOLOGY, PERSON);
    }

    @Test
    void aTechnologyAfterACompanyVerbAndByOrBeforeAVerbAndTheirIsTheCompany() {
        String text = "The meetup is organised by Quillbase. Zorbix designed their headset; Quillweb are building their app. "
                + "Pages backed by Zedstack, notes hosted by Quillbase, Quillweb runs fast, Zorbix designed it.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = retyped(text, reasons, at(text, "Quillbase", 0, TECHNOLOGY), at(text, "Zorbix", 0, TECHNOLOGY),
                at(text, "Quillweb", 0, TECHNOLOGY), at(text, "Zedstack", 0, TECHNOLOGY), at(text, "Quillbase", 1, TECHNOLOGY),
                at(text, "Quillweb", 1, TECHNOLOGY), at(text, "Zorbix", 1, TECHNOLOGY));

        assertThat(out).extracting(Mention::type)
                .as("a company organises and acts as a body; software backs, hosts and runs")
                .containsExactly(ORGANIZATION, ORGANIZATION, ORGANIZATION, TECHNOLOGY, TECHNOLOGY, TECHNOLOGY, TECHNOLOGY);
        assertThat(reasons.get(out.get(0))).contains("after 'organised by'");
        assertThat(reasons.get(out.get(1))).contains("before a verb and 'their'");
    }

    @Test
    void noPersonNoCompanyAndOtherTypesAreLeftAlone() {
        String text = "Ana Ruiz on Quillbase. We met at Zedstack. Bo Chen from Acme spoke. Ana Ruiz,\nfrom Quillbase too.";
        Mention acme = at(text, "Acme", 0, ORGANIZATION);
        List<Mention> ms = List.of(at(text, "Ana Ruiz", 0, PERSON), at(text, "Quillbase", 0, TECHNOLOGY),
                at(text, "Zedstack", 0, TECHNOLOGY), at(text, "Bo Chen", 0, PERSON), acme, at(text, "Ana Ruiz", 1, PERSON),
                at(text, "Quillbase", 1, TECHNOLOGY));
        List<Mention> out = retyped(text, new HashMap<>(), ms.toArray(Mention[]::new));

        assertThat(out).as("'on', 'at' with no person before it, an organization already, a comma between").isEqualTo(ms);
        assertThat(out.get(4)).isSameAs(acme);
    }
}
