package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Mention;
import dev.talkmine.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationRulesTest {
    private static final OrganizationRules RULES = new OrganizationRules(NerFixtures.testGazetteer(), NerFixtures.lexicon());

    private static List<String> orgs(String text) {
        return NerFixtures.kept(RULES.find(new TextContext(Docs.text(text)))).stream().map(Mention::text).toList();
    }

    @Test
    void namedByWhatOrganizationsDo() {
        assertThat(orgs("The meetup was organized by BeJUG and sponsored by Initech Labs.")).contains("BeJUG");
        assertThat(orgs("These days I work at Quuxly on search.")).containsExactly("Quuxly");
    }

    @Test
    void namedByTheKindWordInTheirName() {
        assertThat(orgs("The Riverside Tenants Fund collects data. Later the Open Data Institute and University of Oslo spoke."))
                .containsExactly("Riverside Tenants Fund", "Open Data Institute", "University of Oslo");
        assertThat(orgs("The Foundation paid for it.")).as("a kind word alone names nothing").isEmpty();
    }

}
