package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.ORGANIZATION;
import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static dev.talkmine.entity.EntityStageTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.ner.EventNames;
import dev.talkmine.testing.Learned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTitlesTest {
    private static final JobTitles TITLES = new JobTitles(Learned.WORDS, Learned.LEXICON);

    private static List<Mention> placed(String text, Map<Mention, String> reasons, Mention... mentions) {
        List<Mention> ms = new ArrayList<>(List.of(mentions));
        ms.sort(null);
        return TITLES.withEmployers(text, ms, new EventNames(text), reasons);
    }

    /** The organization mentions after the rule, as written. */
    private static List<String> employers(String text, Mention... mentions) {
        return placed(text, new HashMap<>(), mentions).stream().filter(m -> m.type() == ORGANIZATION).map(Mention::text).toList();
    }

    @Test
    void aNameBeforeAJobTitleAndAPersonIsAnEmployer() {
        String text = "Quillbase co-founder Ann Lee opened. Then Zorbix CTO Bo Chen, and Initech's senior engineer Max Roe.";
        List<Mention> out = placed(text, new HashMap<>(), at(text, "Ann Lee", 0, PERSON), at(text, "Bo Chen", 0, PERSON),
                at(text, "Max Roe", 0, PERSON));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Quillbase", ORGANIZATION, MentionSource.RULE), tuple("Ann Lee", PERSON, MentionSource.GAZETTEER),
                tuple("Zorbix", ORGANIZATION, MentionSource.RULE), tuple("Bo Chen", PERSON, MentionSource.GAZETTEER),
                tuple("Initech", ORGANIZATION, MentionSource.RULE), tuple("Max Roe", PERSON, MentionSource.GAZETTEER));
        assertThat(out.get(0).confidence()).isEqualTo(JobTitles.CONFIDENCE);
        assertThat(out.get(0).evidence()).isEqualTo("an employer before 'co-founder' and Ann Lee");
        assertThat(out.get(2).name()).as("'Then' opens the sentence, not the name").isEqualTo("Zorbix");
    }

    @Test
    void namesInAnyScriptAndOfTwoWords() {
        String text = "Ærøsoft Systems developer advocate Žofie Dvořák and Škvor founder Ōno Ren spoke.";
        assertThat(employers(text, at(text, "Žofie Dvořák", 0, PERSON), at(text, "Ōno Ren", 0, PERSON)))
                .containsExactly("Ærøsoft Systems", "Škvor");
    }

    @Test
    void aModelsTechnologyBecomesAnOrganizationAndAGazetteersStays() {
        String text = "Zorbix CTO Bo Chen and Kotlin developer Ann Lee spoke.";
        Map<Mention, String> reasons = new HashMap<>();
        List<Mention> out = placed(text, reasons, model(text, "Zorbix", TECHNOLOGY), at(text, "Bo Chen", 0, PERSON),
                at(text, "Kotlin", 0, TECHNOLOGY), at(text, "Ann Lee", 0, PERSON));

        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("Zorbix", ORGANIZATION),
                tuple("Bo Chen", PERSON), tuple("Kotlin", TECHNOLOGY), tuple("Ann Lee", PERSON));
        assertThat(reasons.get(out.get(0))).contains("before 'CTO' and Bo Chen");
    }

    @Test
    void notAnOrdinaryWordAnEventAnotherMentionAnotherLineOrNoTitle() {
        String text = "Keynote speaker Ann Lee. Open Source developer Bo Chen. Zedconf chair Max Roe at Zedconf 2031. "
                + "The lead Jo Park. Ann Lee and Quillbase\nfounder Li Wei. Quillbase thanks Bo Chen. Initech engineer Jo Park.";
        assertThat(employers(text, at(text, "Ann Lee", 0, PERSON), at(text, "Bo Chen", 0, PERSON), at(text, "Max Roe", 0, PERSON),
                at(text, "Jo Park", 0, PERSON), at(text, "Ann Lee", 1, PERSON), at(text, "Li Wei", 0, PERSON),
                at(text, "Bo Chen", 1, PERSON), at(text, "Initech", 0, ORGANIZATION), at(text, "Jo Park", 1, PERSON)))
                .as("only the organization mention Initech, once, as it was").containsExactly("Initech");
    }

    @Test
    void aNameBeforeAPossessiveAndAPersonIsAnEmployer() {
        String text = "A talk by Ïxora's own Ann Lee. Later Zorbix’s Bo Chen, and Max Roe's and Jo Park's slides. "
                + "Let's thank Li Wei.";
        assertThat(employers(text, at(text, "Ann Lee", 0, PERSON), at(text, "Bo Chen", 0, PERSON), at(text, "Max Roe", 0, PERSON),
                at(text, "Jo Park", 0, PERSON), at(text, "Li Wei", 0, PERSON)))
                .as("not a person, a function word between, or an ordinary word ('Let')").containsExactly("Ïxora", "Zorbix");
    }
}
