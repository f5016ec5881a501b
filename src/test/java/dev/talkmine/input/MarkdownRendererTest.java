package dev.talkmine.input;

import static dev.talkmine.input.BlockInvariants.assertWellFormed;
import static dev.talkmine.input.BlockInvariants.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static Rendered render(String markdown) {
        Rendered rendered = MarkdownRenderer.render(markdown);
        assertWellFormed(rendered.text(), rendered.blocks());
        return rendered;
    }

    private static List<String> blocks(String markdown) {
        Rendered rendered = render(markdown);
        return describe(rendered.text(), rendered.blocks());
    }

    @Test
    void rendersAReportInTheCorpusLayout() {
        String markdown = """
                I went to [FooConf 2024](https://fooconf.example/2024) and took *some* notes.
                They are **rough**.

                ## Day 1:
                1. Keynote by Mira Okafor [recording](https://video.example/1)
                2. [Parsing logs with automata](https://fooconf.example/t/2) by Tomasz Lind

                * Priya Raman on `async` streams
                * TODO

                ---

                ### Hallway track
                Jonas Feld showed me ![a photo](cat.png) his new keyboard.
                """;
        Rendered rendered = render(markdown);
        assertThat(rendered.text()).isEqualTo("""
                I went to FooConf 2024 and took some notes. They are rough.

                Day 1:

                1. Keynote by Mira Okafor recording
                2. Parsing logs with automata by Tomasz Lind

                - Priya Raman on async streams
                - TODO

                Hallway track

                Jonas Feld showed me his new keyboard.""");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "PARAGRAPH 0: I went to FooConf 2024 and took some notes. They are rough.",
                "HEADING 2: Day 1:",
                "LIST_ITEM 1: 1. Keynote by Mira Okafor recording",
                "LIST_ITEM 1: 2. Parsing logs with automata by Tomasz Lind",
                "LIST_ITEM 1: - Priya Raman on async streams",
                "LIST_ITEM 1: - TODO",
                "HEADING 3: Hallway track",
                "PARAGRAPH 0: Jonas Feld showed me his new keyboard.");
    }

    @Test
    void leadingLevelOneHeadingIsTheTitle() {
        assertThat(blocks("# FooConf 2024\n\nText.\n\n# Day 2\n")).containsExactly(
                "TITLE 0: FooConf 2024", "PARAGRAPH 0: Text.", "HEADING 1: Day 2");
    }

    @Test
    void otherFirstHeadingsAreNotTheTitle() {
        assertThat(blocks("## Keynotes\n\nText.")).containsExactly("HEADING 2: Keynotes", "PARAGRAPH 0: Text.");
        assertThat(blocks("Intro.\n\n# FooConf\n")).containsExactly("PARAGRAPH 0: Intro.", "HEADING 1: FooConf");
    }

    @Test
    void aShortMostlyBoldParagraphIsAHeadingWrittenInBold() {
        assertThat(blocks("""
                **10:30 – Streams Without Tears – Lukas Brandt**

                **Workshop: CLIs with oclif** (Priya Raman)

                **Note:** the wifi was down all day.

                Text with **bold** inside.
                """)).containsExactly(
                "HEADING 6: 10:30 – Streams Without Tears – Lukas Brandt",
                "HEADING 6: Workshop: CLIs with oclif (Priya Raman)",
                "PARAGRAPH 0: Note: the wifi was down all day.",
                "PARAGRAPH 0: Text with bold inside.");
        assertThat(blocks("**" + "A very long bold paragraph. ".repeat(10) + "**")).singleElement().asString()
                .startsWith("PARAGRAPH");
    }

    @Test
    void hashesWithoutASpaceStillMakeAHeadingAsInPythonMarkdown() {
        assertThat(blocks("Intro text.\n\n###Mira Okafor\nShe talked about types.\n\n####From the hallway track\n\n"
                + "- item\n\n  ##Inside an item\n\n#######seven is too many\n")).containsExactly(
                "PARAGRAPH 0: Intro text.",
                "HEADING 3: Mira Okafor",
                "PARAGRAPH 0: She talked about types.",
                "HEADING 4: From the hallway track",
                "LIST_ITEM 1: - item Inside an item",
                "PARAGRAPH 0: #######seven is too many");
    }

    @Test
    void hashesInCodeStayCode() {
        assertThat(blocks("```\n#include <stdio.h>\n```\n\n    #define X 1\n\n<pre>\n#!/bin/sh\n</pre>\n")).containsExactly(
                "CODE 0: #include <stdio.h>", "CODE 0: #define X 1", "CODE 0: #!/bin/sh");
    }

    @Test
    void setextHeadings() {
        assertThat(blocks("Intro.\n\nDay 1\n=====\n\nDay 2\n-----\n")).containsExactly(
                "PARAGRAPH 0: Intro.", "HEADING 1: Day 1", "HEADING 2: Day 2");
    }

    @Test
    void nestedListsAreIndentedAndLevelled() {
        Rendered rendered = render("""
                - Day 1
                  - keynote
                    1. intro
                    2. demo
                  - lunch
                - Day 2
                """);
        assertThat(rendered.text()).isEqualTo("- Day 1\n  - keynote\n    1. intro\n    2. demo\n  - lunch\n- Day 2");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "LIST_ITEM 1: - Day 1", "LIST_ITEM 2: - keynote", "LIST_ITEM 3: 1. intro",
                "LIST_ITEM 3: 2. demo", "LIST_ITEM 2: - lunch", "LIST_ITEM 1: - Day 2");
    }

    @Test
    void orderedListsKeepTheirStartNumber() {
        assertThat(blocks("7. seventh\n8. eighth\n")).containsExactly("LIST_ITEM 1: 7. seventh", "LIST_ITEM 1: 8. eighth");
        assertThat(blocks("3) third\n")).containsExactly("LIST_ITEM 1: 3. third");
    }

    @Test
    void looseItemKeepsItsParagraphsOnItsMarkerLine() {
        Rendered rendered = render("- Mira Okafor on types.\n\n  She used a lot of slides.  \n  Many.\n\n- Next talk\n");
        assertThat(rendered.text()).isEqualTo("- Mira Okafor on types. She used a lot of slides. Many.\n- Next talk");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "LIST_ITEM 1: - Mira Okafor on types. She used a lot of slides. Many.", "LIST_ITEM 1: - Next talk");
    }

    @Test
    void paragraphsAfterAQuoteInAnItemAreBlocksOfTheirOwn() {
        assertThat(blocks("- [**Lexers - Mira Okafor**](https://example.org)\n\n    Good talk.\n\n    > a quote\n\n"
                + "    More on it.\n\n    And more.\n")).containsExactly(
                "LIST_ITEM 1: - Lexers - Mira Okafor Good talk.", "PARAGRAPH 0: a quote", "PARAGRAPH 0: More on it.",
                "PARAGRAPH 0: And more.");
    }

    @Test
    void paragraphAfterANestedListInTheSameItem() {
        assertThat(blocks("- parent\n\n  - child\n\n  more about the parent\n")).containsExactly(
                "LIST_ITEM 1: - parent", "LIST_ITEM 2: - child", "PARAGRAPH 0: more about the parent");
    }

    @Test
    void codeBlocksAreVerbatim() {
        String markdown = "Before.\n\n```java\n  int x = 1;\n\n  return x;\n```\n\n    indented   code\n\nAfter.\n";
        Rendered rendered = render(markdown);
        assertThat(rendered.text()).isEqualTo("Before.\n\n  int x = 1;\n\n  return x;\n\nindented   code\n\nAfter.");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "PARAGRAPH 0: Before.", "CODE 0: int x = 1;\n\n  return x;", "CODE 0: indented   code",
                "PARAGRAPH 0: After.");
    }

    @Test
    void hardBreaksAreNewlinesSoftBreaksSpaces() {
        Rendered rendered = render("first line  \nsecond line\nsame line\\\nthird line\n");
        assertThat(rendered.text()).isEqualTo("first line\nsecond line same line\nthird line");
        assertThat(rendered.blocks()).hasSize(1);
    }

    @Test
    void inlineBrIsAHardBreak() {
        Rendered rendered = render("Salad is what food eats<br/>\n_09:19 PM from a phone_\n\n| a<br>b | c |\n|---|---|\n| 1 | 2 |\n");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "PARAGRAPH 0: Salad is what food eats\n09:19 PM from a phone", "OTHER 0: a b | c", "OTHER 0: 1 | 2");
    }

    @Test
    void twoBreaksInARowEndAParagraph() {
        assertThat(blocks("The venue was fine.<br /><br />The talks were better.<br>Much better.\n")).containsExactly(
                "PARAGRAPH 0: The venue was fine.", "PARAGRAPH 0: The talks were better.\nMuch better.");
    }

    @Test
    void aBoldFirstLineEndedByABreakIsAHeadingOverItsParagraph() {
        assertThat(blocks("**\"Streams Without Tears\" by Lukas Brandt**\n<br>\nLukas showed how back pressure works.\n\n"
                + "[**Parsing logs - Tomasz Lind**](https://example.org/t)  \nA talk about lexers.\n\n"
                + "**Note:** the wifi<br>was down.\n")).containsExactly(
                "HEADING 6: \"Streams Without Tears\" by Lukas Brandt",
                "PARAGRAPH 0: Lukas showed how back pressure works.",
                "HEADING 6: Parsing logs - Tomasz Lind",
                "PARAGRAPH 0: A talk about lexers.",
                "PARAGRAPH 0: Note: the wifi\nwas down.");
    }

    @Test
    void blockQuotesAreTheirParagraphs() {
        assertThat(blocks("> A quote from the keynote.\n>\n> Another line.\n")).containsExactly(
                "PARAGRAPH 0: A quote from the keynote.", "PARAGRAPH 0: Another line.");
    }

    @Test
    void htmlIsReducedToItsText() {
        Rendered rendered = render("""
                Intro with 2<sup>n</sup> ideas and a <span class="x">span</span>.

                <div class="note">
                A <b>boxed</b> note &amp; more.
                </div>

                <!-- more -->

                <script>alert("never shown")</script>

                End.
                """);
        assertThat(rendered.text()).isEqualTo("Intro with 2n ideas and a span.\n\nA boxed note & more.\n\nEnd.");
    }

    @Test
    void htmlBlocksAreLaidOutLikeAnHtmlReport() {
        Rendered rendered = render("""
                Some talks I liked:

                <ul><li><p><strong>Lukas Brandt - streams:</strong> a tour of <a href="x">back pressure</a>.</p>
                <li><p><strong>Priya Raman - CLIs:</strong> oclif from scratch.</p>
                </ul><p>One more thing.</p>

                <figure><img src="stage.jpg" alt="the stage"><figcaption>Mira on stage</figcaption></figure>

                <table><tr><th>Time</th><th>Talk</th></tr><tr><td>09:00</td><td>Keynote</td></tr></table>
                """);
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "PARAGRAPH 0: Some talks I liked:",
                "LIST_ITEM 1: - Lukas Brandt - streams: a tour of back pressure.",
                "LIST_ITEM 1: - Priya Raman - CLIs: oclif from scratch.",
                "PARAGRAPH 0: One more thing.",
                "PARAGRAPH 0: Mira on stage",
                "OTHER 0: Time | Talk",
                "OTHER 0: 09:00 | Keynote");
    }

    @Test
    void rawHtmlRunsToItsClosingTagAcrossBlankLines() {
        Rendered rendered = render("""
                <div class="intro">
                  <h2>Day one</h2>

                    Text about *the* day.

                  <pre>
                a = 1

                b = 2
                  </pre>
                </div>

                After the *div*.
                """);
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "HEADING 2: Day one", "PARAGRAPH 0: Text about *the* day.", "CODE 0: a = 1\n\nb = 2", "PARAGRAPH 0: After the div.");
    }

    @Test
    void markdownResumesRightAfterAClosedHtmlElement() {
        assertThat(blocks("""
                <p align="center"><b>Keynotes</b></p>
                <hr>
                The keynotes were *short*, see [the list](https://example.org).
                <div>
                boxed
                </div>
                Back to **Markdown**.

                <br />
                By the way, read [Foo Times](https://example.org).
                """)).containsExactly(
                "HEADING 6: Keynotes",
                "PARAGRAPH 0: The keynotes were short, see the list.",
                "PARAGRAPH 0: boxed",
                "PARAGRAPH 0: Back to Markdown.",
                "PARAGRAPH 0: By the way, read Foo Times.");
    }

    @Test
    void unclosedHtmlAndCommentsKeepTheCommonMarkReading() {
        assertThat(blocks("<div>\nText in the div\n\nMore *Markdown*\n\n<!--\nnote\n\nto self -->\nVisible.\n")).containsExactly(
                "PARAGRAPH 0: Text in the div", "PARAGRAPH 0: More Markdown", "PARAGRAPH 0: Visible.");
    }

    @Test
    void templateTagsOfBlogEnginesAreDroppedButNotFromProseOrCode() {
        assertThat(blocks("""
                {% img right /a.png %}

                Text.

                {{< figure src="/b.jpg" caption="Stage" >}}

                {{ fig(src="c.jpg") }} {% endraw %}

                A talk {{< youtube abc >}} about {{<youtube 9x>}} types.

                `{{ name }}` is Jinja.

                {{<notice type="info">}}
                Note: bring a laptop.
                {{</notice>}}

                Use `{{< ref >}}` for links.

                <amp-video
                    src="v.mp4"
                    width="480"
                ></amp-video>

                Angular's {{ expr }} syntax.
                """)).containsExactly(
                "PARAGRAPH 0: Text.",
                "PARAGRAPH 0: A talk about types.",
                "PARAGRAPH 0: {{ name }} is Jinja.",
                "PARAGRAPH 0: Note: bring a laptop.",
                "PARAGRAPH 0: Use {{< ref >}} for links.",
                "PARAGRAPH 0: Angular's {{ expr }} syntax.");
    }

    @Test
    void imagesAndLinkTargetsAreDropped() {
        assertThat(render("![FooConf logo](logo.png)\n\nSee [the slides][s] and <https://example.org/x>.\n\n[s]: https://slides.example\n")
                .text()).isEqualTo("See the slides and https://example.org/x.");
    }

    @Test
    void tablesBecomeOneLinePerRow() {
        Rendered rendered = render("""
                Schedule:

                | Time  | Talk            |
                |-------|-----------------|
                | 09:00 | Keynote         |
                | 10:00 | *Lexers* by Mira |

                Done.
                """);
        assertThat(rendered.text()).isEqualTo(
                "Schedule:\n\nTime | Talk\n09:00 | Keynote\n10:00 | Lexers by Mira\n\nDone.");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly("PARAGRAPH 0: Schedule:",
                "OTHER 0: Time | Talk", "OTHER 0: 09:00 | Keynote", "OTHER 0: 10:00 | Lexers by Mira", "PARAGRAPH 0: Done.");
    }

    @Test
    void yamlFrontMatterIsSkipped() {
        assertThat(render("---\ntitle: \"FooConf\"\ntags: [conf]\n---\n\nBody text.\n").text()).isEqualTo("Body text.");
    }

    @Test
    void tomlFrontMatterIsSkipped() {
        assertThat(render("+++\ntitle = \"FooConf\"\n+++\nBody text.\n").text()).isEqualTo("Body text.");
    }

    @Test
    void openingThematicBreakIsNotFrontMatter() {
        assertThat(render("---\nIntro text here.\n\n---\n\nMore text.\n").text()).isEqualTo("Intro text here.\n\nMore text.");
    }

    @Test
    void separateListsAreSetOffByABlankLine() {
        assertThat(render("1. one\n2. two\n\n- a\n- b\n").text()).isEqualTo("1. one\n2. two\n\n- a\n- b");
    }

    @Test
    void emptyItemsAndRulesLeaveNoBlocks() {
        assertThat(blocks("- \n- real\n\n***\n")).containsExactly("LIST_ITEM 1: - real");
    }

    @Test
    void crlfSourceRendersLikeLf() {
        assertThat(render("## Day 1\r\n\r\nSome\r\ntext.\r\n").text()).isEqualTo("Day 1\n\nSome text.");
    }
}
