package dev.talkmine.input;

import static dev.talkmine.input.BlockInvariants.assertWellFormed;
import static dev.talkmine.input.BlockInvariants.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Block;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextStructureTest {

    /** The blocks of {@code text}, checked for the invariants, as "KIND level: text" lines. */
    private static List<String> blocks(String text) {
        List<Block> blocks = PlainTextStructure.blocks(text);
        assertWellFormed(text, blocks);
        return describe(text, blocks);
    }

    @Test
    void corpusLikeReportWithTitleHeadingsParagraphsAndList() {
        String text = """
                FooConf 2024 notes

                I spent two days at FooConf in a rainy harbour town.

                Day 1:

                1. Opening keynote by Mira Okafor
                2. Tomasz Lind on parsing logs with finite automata

                Lunch

                The soup was excellent.
                """;
        assertThat(blocks(text)).containsExactly(
                "TITLE 0: FooConf 2024 notes",
                "PARAGRAPH 0: I spent two days at FooConf in a rainy harbour town.",
                "HEADING 2: Day 1:",
                "LIST_ITEM 1: 1. Opening keynote by Mira Okafor",
                "LIST_ITEM 1: 2. Tomasz Lind on parsing logs with finite automata",
                "HEADING 2: Lunch",
                "PARAGRAPH 0: The soup was excellent.");
    }

    @Nested
    class Title {
        @Test
        void firstLineIsTheTitleEvenWhenTextFollowsDirectly() {
            assertThat(blocks("FooConf 2024\nA long first paragraph line that goes on well past the title.\n"))
                    .containsExactly("TITLE 0: FooConf 2024",
                            "PARAGRAPH 0: A long first paragraph line that goes on well past the title.");
        }

        @Test
        void leadingBlankLinesAndRulesAreSkipped() {
            assertThat(blocks("\n\n=====\n  FooConf 2024  \n\nText.")).containsExactly(
                    "TITLE 0: FooConf 2024", "PARAGRAPH 0: Text.");
        }

        @Test
        void noTitleWhenTheReportStartsWithAListItem() {
            assertThat(blocks("- first talk\n- second talk\n")).containsExactly(
                    "LIST_ITEM 1: - first talk", "LIST_ITEM 1: - second talk");
        }

        @Test
        void noTitleWhenTheFirstLineIsLongProse() {
            String line = "We went to FooConf again this year, and ".repeat(5).strip();
            assertThat(blocks(line + "\n\nMore.")).containsExactly("PARAGRAPH 0: " + line, "PARAGRAPH 0: More.");
        }

        @Test
        void noTitleWhenTheFirstLineIsHardWrappedIntoTheNext() {
            String text = "This year I went to FooConf with three colleagues from work and\n"
                    + "we saw a lot of talks about compilers.\n";
            assertThat(blocks(text)).containsExactly("PARAGRAPH 0: " + text.strip());
        }

        @Test
        void aReportOfOneParagraphIsNoTitle() {
            String line = "Lena Fischer gave a talk \"Caching with Redis\" at FooConf.";
            assertThat(blocks(line + "\n")).containsExactly("PARAGRAPH 0: " + line);
            assertThat(blocks("\n" + line)).containsExactly("PARAGRAPH 0: " + line);
            // followed by more text, the same line is the title
            assertThat(blocks(line + "\n\nMore.")).containsExactly("TITLE 0: " + line, "PARAGRAPH 0: More.");
        }

        @Test
        void markdownStyleTitleKeepsOnlyItsText() {
            assertThat(blocks("# FooConf 2024\n\nText.")).containsExactly("TITLE 0: FooConf 2024", "PARAGRAPH 0: Text.");
        }
    }

    @Nested
    class Paragraphs {
        @Test
        void blankLinesSeparateOneLineParagraphs() {
            assertThat(blocks("Title\n\nFirst paragraph, one line.\n\nSecond paragraph, one line.\n"))
                    .containsExactly("TITLE 0: Title", "PARAGRAPH 0: First paragraph, one line.",
                            "PARAGRAPH 0: Second paragraph, one line.");
        }

        @Test
        void hardWrappedLinesAreOneParagraph() {
            String para = "Priya Raman explained how her team replaced a nightly batch job\n"
                    + "with a stream processor, and what it cost them in operations.";
            assertThat(blocks("Title\n\n" + para + "\n\nEnd.")).containsExactly(
                    "TITLE 0: Title", "PARAGRAPH 0: " + para, "PARAGRAPH 0: End.");
        }

        @Test
        void blankLinesMayHoldSpaces() {
            assertThat(blocks("Title\n  \t\nOne.\n \nTwo.")).containsExactly(
                    "TITLE 0: Title", "PARAGRAPH 0: One.", "PARAGRAPH 0: Two.");
        }

        @Test
        void trailingSpacesAreOutsideTheSpan() {
            assertThat(blocks("Title\n\nSome text.   \n")).containsExactly("TITLE 0: Title", "PARAGRAPH 0: Some text.");
        }
    }

    @Nested
    class Headings {
        @Test
        void shortLineBetweenBlankLinesIsAHeading() {
            assertThat(blocks("Title\n\nKeynotes\n\nMira Okafor opened the day.")).contains("HEADING 2: Keynotes");
        }

        @Test
        void consecutiveHeadingsSharingOneDescriptionAreAllHeadings() {
            assertThat(blocks("Title\n\nKeynote\n\nCompilers for everyone\n\nIt was good."))
                    .contains("HEADING 2: Keynote", "HEADING 2: Compilers for everyone");
        }

        @Test
        void shortLineAtTheEndIsNotAHeading() {
            assertThat(blocks("Title\n\nSome text.\n\nSee you next year")).endsWith("PARAGRAPH 0: See you next year");
        }

        @Test
        void shortLineDirectlyAboveLongerTextIsAHeading() {
            assertThat(blocks("Title\n\nLightning talks\nThere were nine of them and most ran over time.\n"))
                    .containsExactly("TITLE 0: Title", "HEADING 2: Lightning talks",
                            "PARAGRAPH 0: There were nine of them and most ran over time.");
        }

        @Test
        void shortLineDirectlyAboveAListIsAHeading() {
            assertThat(blocks("Title\n\nDay 2:\n- Jonas Feld on caching\n")).containsExactly(
                    "TITLE 0: Title", "HEADING 2: Day 2:", "LIST_ITEM 1: - Jonas Feld on caching");
        }

        @Test
        void lineThatIntroducesAListIsAParagraph() {
            assertThat(blocks("Title\n\nThe talks I liked the most:\n\n- one\n")).contains(
                    "PARAGRAPH 0: The talks I liked the most:");
        }

        @Test
        void markdownStyleHeadingsAnywhere() {
            assertThat(blocks("Title\n\n## Day 2 ##\nText.\n### Jonas Feld: caching\n"))
                    .containsExactly("TITLE 0: Title", "HEADING 2: Day 2", "PARAGRAPH 0: Text.",
                            "HEADING 3: Jonas Feld: caching");
        }

        @Test
        void hashWithoutSpaceIsNotAHeading() {
            assertThat(blocks("Title\n\n#4 out of 25 in the quiz, not bad at all.")).contains(
                    "PARAGRAPH 0: #4 out of 25 in the quiz, not bad at all.");
        }

        @Test
        void setextUnderlinesMakeHeadings() {
            assertThat(blocks("FooConf\n=======\n\nDay 1\n-----\n\nText."))
                    .containsExactly("TITLE 0: FooConf", "HEADING 2: Day 1", "PARAGRAPH 0: Text.");
            assertThat(blocks("Title\n\nDay 1\n=====\nText.")).contains("HEADING 1: Day 1");
        }

        @Test
        void rulesAreNotBlocks() {
            assertThat(blocks("Title\n\nOne.\n\n----\n\n* * *\n\nTwo.")).containsExactly(
                    "TITLE 0: Title", "PARAGRAPH 0: One.", "PARAGRAPH 0: Two.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Keynotes", "Day 1:", "No! Bad pony", "What is next?",
                "Testing Learns to Fly (KeyNote)", "Mira Okafor, Example Labs"})
        void looksLikeHeading(String line) {
            assertThat(PlainTextStructure.looksLikeHeading(line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"It was great.", "Talks I liked the most:", "and then,", "so;", "Wait…",
                "(I should try this format too ;-))", "2024", "",
                "one two three four five six seven eight nine ten eleven twelve thirteen"})
        void doesNotLookLikeHeading(String line) {
            assertThat(PlainTextStructure.looksLikeHeading(line)).isFalse();
        }
    }

    @Nested
    class Lists {
        @ParameterizedTest
        @ValueSource(strings = {"- ", "* ", "+ ", "• ", "1. ", "12) "})
        void markersStartListItems(String marker) {
            assertThat(blocks("Title\n\n" + marker + "first\n" + marker + "second\n")).containsExactly(
                    "TITLE 0: Title", "LIST_ITEM 1: " + marker + "first", "LIST_ITEM 1: " + marker + "second");
        }

        @Test
        void numberWithoutSpaceIsNotAMarker() {
            assertThat(blocks("Title\n\n1.5 hours of lightning talks.")).contains(
                    "PARAGRAPH 0: 1.5 hours of lightning talks.");
        }

        @Test
        void listDirectlyAfterAParagraphLine() {
            assertThat(blocks("Title\n\nI attended all of them and these stood out, in order:\n- one\n- two\n"))
                    .containsExactly("TITLE 0: Title",
                            "PARAGRAPH 0: I attended all of them and these stood out, in order:",
                            "LIST_ITEM 1: - one", "LIST_ITEM 1: - two");
        }

        @Test
        void indentationNestsItems() {
            String text = "Title\n\n- Day 1\n  - keynote\n    * panel\n  - lunch\n- Day 2\n\t- workshop\n";
            assertThat(blocks(text)).containsExactly("TITLE 0: Title", "LIST_ITEM 1: - Day 1",
                    "LIST_ITEM 2: - keynote", "LIST_ITEM 3: * panel", "LIST_ITEM 2: - lunch",
                    "LIST_ITEM 1: - Day 2", "LIST_ITEM 2: - workshop");
        }

        @Test
        void oneSpaceOfDriftStaysOnTheSameLevel() {
            assertThat(blocks("Title\n\n - one\n- two\n")).containsExactly(
                    "TITLE 0: Title", "LIST_ITEM 1: - one", "LIST_ITEM 1: - two");
        }

        @Test
        void nestingSurvivesBlankLinesBetweenItems() {
            assertThat(blocks("Title\n\n- one\n\n  - one.a\n\n- two\n")).containsExactly(
                    "TITLE 0: Title", "LIST_ITEM 1: - one", "LIST_ITEM 2: - one.a", "LIST_ITEM 1: - two");
        }

        @Test
        void indentedLineContinuesTheItem() {
            assertThat(blocks("Title\n\n- Mira Okafor on type systems, with a\n  demo that failed twice\n- next\n"))
                    .containsExactly("TITLE 0: Title",
                            "LIST_ITEM 1: - Mira Okafor on type systems, with a\n  demo that failed twice",
                            "LIST_ITEM 1: - next");
        }

        @Test
        void unindentedLineAfterAnItemIsAParagraph() {
            assertThat(blocks("Title\n\n- one\nThat was all for the day.\n")).containsExactly(
                    "TITLE 0: Title", "LIST_ITEM 1: - one", "PARAGRAPH 0: That was all for the day.");
        }

        @Test
        void anItemIsNotAHeading() {
            assertThat(blocks("Title\n\n- Keynote\n\nText follows.")).contains("LIST_ITEM 1: - Keynote");
        }
    }

    @Nested
    class LineBreaks {
        @Test
        void crlfOffsetsPointIntoTheUnchangedText() {
            String text = "FooConf\r\n\r\nKeynotes\r\n\r\nFirst line of a paragraph that is wrapped\r\nonto a second line.\r\n- item\r\n";
            assertThat(blocks(text)).containsExactly("TITLE 0: FooConf", "HEADING 2: Keynotes",
                    "PARAGRAPH 0: First line of a paragraph that is wrapped\r\nonto a second line.",
                    "LIST_ITEM 1: - item");
        }

        @Test
        void bareCarriageReturnsBreakLines() {
            assertThat(blocks("FooConf\r\rText.\r")).containsExactly("TITLE 0: FooConf", "PARAGRAPH 0: Text.");
        }

        @Test
        void noFinalLineBreak() {
            assertThat(blocks("FooConf\n\nText.")).containsExactly("TITLE 0: FooConf", "PARAGRAPH 0: Text.");
        }
    }
}
