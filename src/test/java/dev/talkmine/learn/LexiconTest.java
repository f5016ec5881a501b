package dev.talkmine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyListShipsAndParses() {
        Lexicon l = Lexicon.load(ModelFiles.in(null));
        for (String name : Lexicon.LISTS) {
            assertThat(l.list(name)).as(name).isNotEmpty();
        }
    }

    @Test
    void listsMatchWholeWordsAnyCaseAndPhrasesAcrossSpaces() {
        Lexicon l = Lexicon.of(Map.of("talk-verbs", List.of("gave", "walked us through")));
        assertThat(l.phrases("talk-verbs").in("She GAVE a talk")).isTrue();
        assertThat(l.phrases("talk-verbs").in("forgave him")).as("whole words only").isFalse();
        assertThat(l.phrases("talk-verbs").in("he walked  us\nthrough it")).isTrue();
        assertThat(l.contains("talk-verbs", "Gave")).isTrue();
        assertThat(l.phrases("session-nouns").in("talk")).as("an empty list matches nothing").isFalse();
    }

    @Test
    void entriesOpeningWithAnyCharacterAreFoundInAnyCase() {
        Lexicon l = Lexicon.of(Map.of("kind-other", List.of("q&a", "#hallway", "\u00e9t\u00e9", "[x]", "2nd day")));
        assertThat(l.phrases("kind-other").in("then Q&A")).isTrue();
        assertThat(l.phrases("kind-other").in("a #Hallway track")).isTrue();
        assertThat(l.phrases("kind-other").in("\u00c9T\u00c9 talk")).isTrue();
        assertThat(l.phrases("kind-other").in("box [X] ticked")).isTrue();
        assertThat(l.phrases("kind-other").in("on the 2nd  day")).isTrue();
        assertThat(l.phrases("kind-other").in("a hallway")).isFalse();
    }

    @Test
    void commentsAndBlankLinesAreNoEntries() {
        assertThat(Lexicon.parse("# a comment\n\nTalk\n  keynote  \ntalk\n")).containsExactly("talk", "keynote");
    }
}
