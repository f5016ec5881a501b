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
    void patternsMatchWholeWordsAnyCaseAndPhrasesAcrossSpaces() {
        Lexicon l = Lexicon.of(Map.of("talk-verbs", List.of("gave", "walked us through")));
        assertThat(l.pattern("talk-verbs").matcher("She GAVE a talk").find()).isTrue();
        assertThat(l.pattern("talk-verbs").matcher("forgave him").find()).as("whole words only").isFalse();
        assertThat(l.pattern("talk-verbs").matcher("he walked  us\nthrough it").find()).isTrue();
        assertThat(l.contains("talk-verbs", "Gave")).isTrue();
        assertThat(l.pattern("session-nouns").matcher("talk").find()).as("an empty list matches nothing").isFalse();
    }

    @Test
    void entriesOpeningWithAnyCharacterAreFoundInAnyCase() {
        Lexicon l = Lexicon.of(Map.of("kind-other", List.of("q&a", "#hallway", "\u00e9t\u00e9", "[x]", "2nd day")));
        assertThat(l.pattern("kind-other").matcher("then Q&A").find()).isTrue();
        assertThat(l.pattern("kind-other").matcher("a #Hallway track").find()).isTrue();
        assertThat(l.pattern("kind-other").matcher("\u00c9T\u00c9 talk").find()).isTrue();
        assertThat(l.pattern("kind-other").matcher("box [X] ticked").find()).isTrue();
        assertThat(l.pattern("kind-other").matcher("on the 2nd  day").find()).isTrue();
        assertThat(l.pattern("kind-other").matcher("a hallway").find()).isFalse();
    }

    @Test
    void commentsAndBlankLinesAreNoEntries() {
        assertThat(Lexicon.parse("# a comment\n\nTalk\n  keynote  \ntalk\n")).containsExactly("talk", "keynote");
    }
}
