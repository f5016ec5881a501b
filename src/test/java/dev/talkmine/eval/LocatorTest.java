package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code locate()}; expected offsets are score.py's, converted with its utf16(). */
class LocatorTest {
    // the emoji counts 2 UTF-16 units: "Keynote" is at code point 13, UTF-16 offset 14
    private static final String TEXT =
            "Intro \uD83C\uDF89 line\nKeynote:  The\nFuture of Widgets by Ann\nThe Future of Widgets again\n";

    @Test
    void toleratesWhitespaceAndCountsUtf16() {
        assertThat(Locator.locate(TEXT, "Keynote: The Future of", 0)).isEqualTo(14);
        assertThat(Locator.locate(TEXT, "\uD83C\uDF89 line Keynote:", 0)).isEqualTo(6);
    }

    @Test
    void prefersAMatchAfterTheHintElseTakesTheFirst() {
        assertThat(Locator.locate(TEXT, "The Future of Widgets", 0)).isEqualTo(24);
        assertThat(Locator.locate(TEXT, "The Future of Widgets", 41)).isEqualTo(53);
        assertThat(Locator.locate(TEXT, "The Future of Widgets", 1000)).isEqualTo(24);
    }

    @Test
    void fallsBackToTheFirstFourWords() {
        assertThat(Locator.locate(TEXT, "Keynote: The Future of Gadgets", 0)).isEqualTo(14);
    }

    @Test
    void fallsBackToWordsWithoutMarkdownMarkers() {
        assertThat(Locator.locate(TEXT, "## Keynote: The", 0)).isEqualTo(14);
        assertThat(Locator.locate(TEXT, "- **Keynote:** The Future", 0)).isEqualTo(14);
        assertThat(Locator.locate(TEXT, "1. Keynote: The", 0)).isEqualTo(14);
        // a word that strips to nothing still joins with \W*\s*
        assertThat(Locator.locate(TEXT, "__ Intro", 0)).isEqualTo(0);
        // only markers: nothing to search for
        assertThat(Locator.locate(TEXT, "**", 0)).isEqualTo(-1);
    }

    @Test
    void missingOrEmpty() {
        assertThat(Locator.locate(TEXT, "Nope nope", 0)).isEqualTo(-1);
        assertThat(Locator.locate(TEXT, "", 0)).isEqualTo(-1);
        assertThat(Locator.locate(TEXT, null, 0)).isEqualTo(-1);
        // blank but not empty: Python's empty pattern matches at the hint
        assertThat(Locator.locate(TEXT, "   ", 8)).isEqualTo(8);
    }
}
