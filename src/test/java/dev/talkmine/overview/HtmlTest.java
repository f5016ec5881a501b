package dev.talkmine.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String s = "Peñalver Muñoz · 日本語 😀 tab\there\nnew line\r\n";
        assertThat(Html.escape(s)).isEqualTo(s);
        assertThat(Html.escape("")).isEmpty();
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void replacesWhatHtmlDoesNotAllow() {
        assertThat(Html.escape("a\u0000b\u0007c\u007fd\u0085e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(Html.escape("x\uD83Dy")).as("lone high surrogate").isEqualTo("x\uFFFDy");
        assertThat(Html.escape("x\uDE00y")).as("lone low surrogate").isEqualTo("x\uFFFDy");
        assertThat(Html.escape("\uD83D")).isEqualTo("\uFFFD");
        assertThat(Html.escape("\uD83D\uDE00")).isEqualTo("😀");
    }

    @Test
    void aRangeEndingInsideAPairDoesNotCopyHalfOfIt() {
        StringBuilder sb = new StringBuilder();
        Html.escape("a😀b", 0, 2, sb);
        assertThat(sb).hasToString("a\uFFFD");
        sb.setLength(0);
        Html.escape("a😀b", 2, 4, sb);
        assertThat(sb).hasToString("\uFFFDb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
        "</textarea></title></style><b>x</b>", "&lt;already escaped&gt;", "<!-- comment -->", "]]><![CDATA[", "`${x}`"})
    void survivesAnHtmlParserUnchangedAsTextAndAsAttribute(String payload) {
        String html = "<p title=\"" + Html.escape(payload) + "\" data-x='" + Html.escape(payload) + "'>" + Html.escape(payload) + "</p>";
        Element p = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(p.text()).isEqualTo(payload);
        assertThat(p.attr("title")).isEqualTo(payload);
        assertThat(p.attr("data-x")).isEqualTo(payload);
        assertThat(p.children()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).body().children()).hasSize(1);
    }
}
