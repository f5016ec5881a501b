package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.LOCATION;
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

class CompanyCuesTest {
    private static final CompanyCues CUES = new CompanyCues(Learned.WORDS, Learned.LEXICON);

    private static List<Mention> placed(String text, Map<Mention, String> reasons, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        return CUES.withCompanies(text, ms, reasons);
    }

    @Test
    void aNameInAppositionToAKindOfCompanyOrSaidToBeOneIsACompany() {
        String text = "The first was Initech-Ærø - a large bank. Initech A/S, a software consultancy, ran it; so did Quill "
                + "Studio (a two-person shop). Nomadix, the startup, and Zorbix - a big team - came too. The Zedcorp, an old firm. "
                + "Quillbase has become a PBC; Zedstack is an option for a small business.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = placed(text, reasons, at(text, "Initech A", 0, ORGANIZATION), at(text, "Quill Studio", 0, TECHNOLOGY),
                at(text, "Zorbix", 0, TECHNOLOGY), at(text, "Quillbase", 0, TECHNOLOGY), at(text, "Zedstack", 0, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::type)
                .as("an organization mention inside the name gives way to it; no article 'a', no kind of company, a preposition "
                        + "before the kind: nothing")
                .containsExactly(
                tuple("Initech-Ærø", ORGANIZATION), tuple("Initech A/S", ORGANIZATION), tuple("Quill Studio", ORGANIZATION),
                tuple("Zorbix", TECHNOLOGY), tuple("Zedcorp", ORGANIZATION), tuple("Quillbase", ORGANIZATION),
                tuple("Zedstack", TECHNOLOGY));
        assertThat(out.get(0).evidence()).isEqualTo("a company in apposition to '- a large bank'");
    }

    @Test
    void aNameAfterACompanysPeopleAndAtOrFromIsACompanyButAPlaceStaysAPlace() {
        String text = "The team at Zorbix Ærø met folks from Quillbase and the fine people at 5 Quill Coffee. "
                + "Developers from Nomadia came; the staff at the venue smiled.";
        Map<Mention, String> reasons = new HashMap<>();
        Mention quill = at(text, "Quillbase", 0, TECHNOLOGY);
        quill = new Mention(quill.span(), quill.text(), TECHNOLOGY, quill.name(), null, MentionSource.MODEL, 0.6, "test");
        List<Mention> out = placed(text, reasons, quill, at(text, "Nomadia", 0, LOCATION));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Zorbix Ærø", ORGANIZATION),
                tuple("Quillbase", ORGANIZATION), tuple("5 Quill Coffee", ORGANIZATION), tuple("Nomadia", LOCATION));
        assertThat(out.get(0).evidence()).isEqualTo("a company after 'team at'");
    }

    @Test
    void aNameBeforeACompanysPeopleIsACompanyUnlessOrdinaryWordsOrATitleSayIt() {
        String text = "Many Quillby Java Community people came, and Zorbix's engineering team. Some people left; Ann's "
                + "Open Search Platform team stayed. The Quill Developers Guild was next. The Nomadix team came.";
        List<Mention> out = placed(text, new HashMap<>(), at(text, "Ann", 0, PERSON));

        assertThat(out).extracting(Mention::text)
                .as("one word (after 'The' too), a unit made of ordinary words, a title's capitalised noun: none")
                .containsExactly("Quillby Java Community", "Zorbix", "Ann");
        assertThat(out.get(1).evidence()).isEqualTo("a company before ''s engineering team'");
    }

    @Test
    void namesListedAfterAKindOfCompanyAreCompaniesInAnyScript() {
        String text = "Big companies, like Quillsoft, Škvor Labs and Zorbix, were there; so were vendors such as Ærøbank "
                + "or Nomadix & Initech.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = placed(text, reasons, at(text, "Quillsoft", 0, TECHNOLOGY), at(text, "Zorbix", 0, LOCATION),
                at(text, "Nomadix", 0, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Quillsoft", ORGANIZATION, MentionSource.GAZETTEER), tuple("Škvor Labs", ORGANIZATION, MentionSource.RULE),
                tuple("Zorbix", ORGANIZATION, MentionSource.GAZETTEER), tuple("Ærøbank", ORGANIZATION, MentionSource.RULE),
                tuple("Nomadix", ORGANIZATION, MentionSource.GAZETTEER), tuple("Initech", ORGANIZATION, MentionSource.RULE));
        assertThat(out.get(1).confidence()).isEqualTo(CompanyCues.CONFIDENCE);
        assertThat(out.get(1).evidence()).isEqualTo("a company listed after 'companies, like'");
        assertThat(reasons.get(out.get(0))).contains("listed after 'companies, like'");
    }

    @Test
    void aPersonAListOfSomethingElseAndAFunctionWordStayAsTheyAre() {
        String text = "Startups like Ann Lee built tools like Quillsoft and Zorbix. Companies like The rest of us were not.";
        List<Mention> out = placed(text, new HashMap<>(), at(text, "Ann Lee", 0, PERSON), at(text, "Quillsoft", 0, TECHNOLOGY));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Ann Lee", PERSON),
                tuple("Quillsoft", TECHNOLOGY));
    }

    @Test
    void theListEndsWhereTheNamesEnd() {
        String text = "Firms including Initech and the Zorbix team came. Another Name came later.";
        assertThat(placed(text, new HashMap<>())).extracting(Mention::text).containsExactly("Initech");
    }
}
