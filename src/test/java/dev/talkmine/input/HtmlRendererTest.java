package dev.talkmine.input;

import static dev.talkmine.input.BlockInvariants.assertWellFormed;
import static dev.talkmine.input.BlockInvariants.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static Rendered render(String html) {
        Rendered rendered = HtmlRenderer.render(html);
        assertWellFormed(rendered.text(), rendered.blocks());
        return rendered;
    }

    private static List<String> blocks(String html) {
        Rendered rendered = render(html);
        return describe(rendered.text(), rendered.blocks());
    }

    @Test
    void aShortMostlyBoldParagraphIsAHeadingWrittenInBold() {
        assertThat(blocks("<p><strong>10:30 – Streams Without Tears</strong> – Lukas</p><p><b>Note:</b> the wifi was down all day.</p>"
                + "<p>Text with <b>bold</b> inside.</p><p>Before <b>a bold tail that is long enough</b></p>")).containsExactly(
                "HEADING 6: 10:30 – Streams Without Tears – Lukas",
                "PARAGRAPH 0: Note: the wifi was down all day.",
                "PARAGRAPH 0: Text with bold inside.",
                "PARAGRAPH 0: Before a bold tail that is long enough");
    }

    @Test
    void aFirstHeadingThatRepeatsThePageTitleIsTheTitleLine() {
        assertThat(blocks("<title>DevConf 2031 recap | My Blog</title><nav>Home</nav><h1>DevConf 2031 recap</h1><p>Intro.</p>"
                + "<h1>Second</h1>")).containsExactly("TITLE 0: DevConf 2031 recap", "PARAGRAPH 0: Intro.", "HEADING 1: Second");
        assertThat(blocks("<title>My Blog</title><h1>DevConf 2031 recap</h1><p>Intro.</p>")).containsExactly(
                "TITLE 0: My Blog", "HEADING 1: DevConf 2031 recap", "PARAGRAPH 0: Intro.");
        assertThat(blocks("<h1>DevConf</h1><p>Intro.</p>")).containsExactly("TITLE 0: DevConf", "PARAGRAPH 0: Intro.");
    }

    @Test
    void aFirstHeadingInsideAListIsNoTitleAsInMarkdown() {
        assertThat(blocks("<ul><li><h1>DevConf</h1></li></ul><p>Intro.</p>")).first().asString().doesNotStartWith("TITLE");
    }

    @Test
    void twoBreaksInARowEndAParagraph() {
        assertThat(blocks("<div>The venue was fine.<br><br>\n<br>The talks were better.<br>Much better.</div>"
                + "<p>One<br> <br>two</p>")).containsExactly(
                "PARAGRAPH 0: The venue was fine.", "PARAGRAPH 0: The talks were better.\nMuch better.",
                "PARAGRAPH 0: One", "PARAGRAPH 0: two");
    }

    @Test
    void aBoldFirstLineEndedByABreakIsAHeadingOverItsParagraph() {
        assertThat(blocks("<p><strong>Streams Without Tears by Lukas Brandt</strong><br>\nLukas showed back pressure.</p>"
                + "<p><a href=\"/t\"><b>Parsing logs</b></a><br>About lexers.<br>And parsers.</p>"
                + "<p><b>Note:</b> the wifi<br>was down.</p>")).containsExactly(
                "HEADING 6: Streams Without Tears by Lukas Brandt",
                "PARAGRAPH 0: Lukas showed back pressure.",
                "HEADING 6: Parsing logs",
                "PARAGRAPH 0: About lexers.\nAnd parsers.",
                "PARAGRAPH 0: Note: the wifi\nwas down.");
    }

    @Test
    void rendersAPageInTheCorpusLayout() {
        String html = """
                <!DOCTYPE html>
                <html><head>
                  <title>FooConf   2024 notes</title>
                  <style>body { color: red }</style>
                  <script>var tracking = "secret-script-text";</script>
                </head>
                <body>
                  <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
                  <article>
                    <h1>FooConf 2024 notes</h1>
                    <p>I went to <a href="https://fooconf.example">FooConf</a>
                       and took <em>some</em> notes.</p>
                    <h2>Day 1:</h2>
                    <ol>
                      <li>Keynote by Mira Okafor</li>
                      <li><a href="/t/2">Parsing logs</a> by Tomasz Lind</li>
                    </ol>
                    <ul><li>Priya Raman on <code>async</code> streams</li></ul>
                    <p>Jonas Feld showed me <img src="kbd.png" alt="keyboard"> his keyboard.</p>
                  </article>
                  <footer>&copy; 2024 Some Blog</footer>
                </body></html>
                """;
        Rendered rendered = render(html);
        assertThat(rendered.text()).isEqualTo("""
                FooConf 2024 notes

                I went to FooConf and took some notes.

                Day 1:

                1. Keynote by Mira Okafor
                2. Parsing logs by Tomasz Lind

                - Priya Raman on async streams

                Jonas Feld showed me his keyboard.""");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "TITLE 0: FooConf 2024 notes",
                "PARAGRAPH 0: I went to FooConf and took some notes.",
                "HEADING 2: Day 1:",
                "LIST_ITEM 1: 1. Keynote by Mira Okafor",
                "LIST_ITEM 1: 2. Parsing logs by Tomasz Lind",
                "LIST_ITEM 1: - Priya Raman on async streams",
                "PARAGRAPH 0: Jonas Feld showed me his keyboard.");
    }

    @Test
    void scriptsStylesAndChromeNeverAppear() {
        String text = render("""
                <p>Visible.</p>
                <script>document.write("script-text")</script>
                <noscript>noscript-text</noscript>
                <style>.x{}</style>
                <template><p>template-text</p></template>
                <p>Inline <script>inline-script-text</script>too.</p>
                <nav>nav-text</nav>
                <aside>Side note kept.</aside>
                <footer>footer-text</footer>
                """).text();
        assertThat(text).isEqualTo("Visible.\n\nInline too.\n\nSide note kept.");
        assertThat(text).doesNotContain("script-text", "noscript", "template-text", "nav-text", "footer-text", ".x{}");
    }

    @Test
    void directTextInContainersBecomesParagraphs() {
        assertThat(blocks("<div>Loose text <b>here</b><p>A paragraph.</p>tail text</div>")).containsExactly(
                "PARAGRAPH 0: Loose text here", "PARAGRAPH 0: A paragraph.", "PARAGRAPH 0: tail text");
    }

    @Test
    void lineBreaksStayInsideTheirBlock() {
        Rendered rendered = render("<p>Mira Okafor<br>Example Labs<br/> Berlin</p>");
        assertThat(rendered.text()).isEqualTo("Mira Okafor\nExample Labs\nBerlin");
        assertThat(rendered.blocks()).hasSize(1);
    }

    @Test
    void whitespaceCollapsesLikeABrowser() {
        assertThat(render("<p>  Many\n\t spaces&nbsp;&nbsp;and\n lines  </p>").text()).isEqualTo("Many spaces and lines");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(render("<p>Caf&eacute; &amp; &lt;code&gt; &#8212; &quot;talks&quot;</p>").text())
                .isEqualTo("Café & <code> — \"talks\"");
    }

    @Test
    void preIsVerbatimCode() {
        Rendered rendered = render("<p>Before.</p><pre><code>  int x = 1;\n\n  <b>return</b> x;\n</code></pre><p>After.</p>");
        assertThat(rendered.text()).isEqualTo("Before.\n\n  int x = 1;\n\n  return x;\n\nAfter.");
        assertThat(describe(rendered.text(), rendered.blocks())).contains("CODE 0: int x = 1;\n\n  return x;");
    }

    @Test
    void nestedListsAreIndentedAndLevelled() {
        Rendered rendered = render("""
                <ul>
                  <li>Day 1
                    <ul><li>keynote</li><li>panel
                      <ol start="3"><li>third</li><li>fourth</li></ol></li></ul>
                  </li>
                  <li><p>Day 2</p><p>Was shorter.</p></li>
                </ul>
                """);
        assertThat(rendered.text()).isEqualTo(
                "- Day 1\n  - keynote\n  - panel\n    3. third\n    4. fourth\n- Day 2 Was shorter.");
        assertThat(describe(rendered.text(), rendered.blocks())).containsExactly(
                "LIST_ITEM 1: - Day 1", "LIST_ITEM 2: - keynote", "LIST_ITEM 2: - panel",
                "LIST_ITEM 3: 3. third", "LIST_ITEM 3: 4. fourth", "LIST_ITEM 1: - Day 2 Was shorter.");
    }

    @Test
    void anItemsTextUpToItsFirstNestedBlockIsOneLine() {
        assertThat(blocks("<ul><li><h3>Lexers</h3><p>by <a href=\"x\">Mira</a>.</p>line<br>break<blockquote>quoted</blockquote><p>after</p>tail</li></ul>"))
                .containsExactly("LIST_ITEM 1: - Lexers by Mira. line break", "PARAGRAPH 0: quoted", "PARAGRAPH 0: after",
                        "PARAGRAPH 0: tail");
    }

    @Test
    void listPutStraightInsideAListIsNested() {
        assertThat(blocks("<ul><li>one</li><ul><li>one.a</li></ul><li>two</li></ul>")).containsExactly(
                "LIST_ITEM 1: - one", "LIST_ITEM 2: - one.a", "LIST_ITEM 1: - two");
    }

    @Test
    void tableRowsAreOneLineEach() {
        Rendered rendered = render("""
                <p>Schedule:</p>
                <table>
                  <caption>Day 1</caption>
                  <thead><tr><th>Time</th><th>Talk</th></tr></thead>
                  <tbody>
                    <tr><td>09:00</td><td>Keynote<br>Mira Okafor</td></tr>
                    <tr><td></td><td></td></tr>
                    <tr><td>10:00</td><td><em>Lexers</em></td></tr>
                  </tbody>
                </table>
                <p>Done.</p>
                """);
        assertThat(rendered.text()).isEqualTo(
                "Schedule:\n\nDay 1\n\nTime | Talk\n09:00 | Keynote Mira Okafor\n10:00 | Lexers\n\nDone.");
        assertThat(describe(rendered.text(), rendered.blocks())).contains(
                "OTHER 0: Time | Talk", "OTHER 0: 09:00 | Keynote Mira Okafor", "OTHER 0: 10:00 | Lexers");
    }

    @Test
    void imagesAreDroppedButVisibleCaptionsKept() {
        assertThat(blocks("<figure><img src=\"stage.jpg\" alt=\"the stage\"><figcaption>Mira Okafor on stage</figcaption></figure>"))
                .containsExactly("PARAGRAPH 0: Mira Okafor on stage");
    }

    @Test
    void headingsAllLevels() {
        assertThat(blocks("<h3>Lightning talks</h3><h6>tiny</h6>")).containsExactly(
                "HEADING 3: Lightning talks", "HEADING 6: tiny");
    }

    @Test
    void brokenMarkupDoesNotThrow() {
        String broken = "<p>Unclosed <b>bold <div>inner</p></li></ul><<<>> &bogus; <table><td>cell</tr></td><a href=\"x>";
        assertThatCode(() -> render(broken)).doesNotThrowAnyException();
        assertThat(render(broken).text()).contains("Unclosed bold", "inner", "<<<>> &bogus;", "cell");
    }

    @Test
    void itemOutsideAListIsStillAnItem() {
        assertThat(blocks("<body><li>stray item</li><p>text</p></body>")).containsExactly(
                "LIST_ITEM 1: - stray item", "PARAGRAPH 0: text");
    }

    @Test
    void noTitleWithoutATitleElement() {
        assertThat(blocks("<p>Just text.</p>")).containsExactly("PARAGRAPH 0: Just text.");
    }
}
