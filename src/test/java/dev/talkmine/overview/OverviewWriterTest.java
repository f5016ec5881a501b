package dev.talkmine.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer without a browser: the page's structure as jsoup parses it, limits, determinism, threads. */
class OverviewWriterTest {

    @TempDir
    Path dir;

    private Document page(OverviewWriter.Limits limits, Report... reports) throws Exception {
        try (OverviewWriter w = OverviewWriter.open(dir, limits)) {
            for (int i = 0; i < reports.length; i++) {
                w.add(i, reports[i]);
            }
        }
        return Jsoup.parse(Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8));
    }

    private Document page(Report... reports) throws Exception {
        return page(OverviewWriter.Limits.DEFAULT, reports);
    }

    @Test
    void oneReportGetsAnOpenSectionWithTableChartsAndHighlights() throws Exception {
        Report r = Fixtures.tiny("ep15");
        Document d = page(r);
        assertThat(d.title()).isEqualTo("ep15 · talkmine overview");
        assertThat(d.select("section.batch")).as("no batch section for one report").isEmpty();
        Element section = d.selectFirst("details.report#r0[open]");
        assertThat(section).isNotNull();
        assertThat(section.select("table.talks > tbody > tr")).hasSize(2);
        assertThat(section.select("table.talks > tbody > tr").first().select("td").stream().map(Element::text).toList())
                .containsExactly("1", "keynote", "Python 3", "Guido van Rossum", "Dropbox",
                        "Guido van Rossum (Dropbox) gave the keynote \"Python 3\".",
                        "positive: \u201CGuido talked about asyncio.\u201D", "asyncio");
        assertThat(section.select("table.talks > tbody > tr").get(1).select("td").stream().map(Element::text).toList())
                .containsExactly("2", "talk", "(no title)", "Haikel Guemar", "", "Haikel Guemar showed Kubernetes and asyncio.",
                        "none", "Kubernetes, asyncio");
        // the badge names the verdict in words, quotes its evidence on hover, and the row carries it for the filter
        Element badge = section.selectFirst("tr[data-verdict=positive] td.verdict span.vb.v-positive[tabindex=0]");
        assertThat(badge).isNotNull();
        assertThat(badge.text()).isEqualTo("positive");
        assertThat(badge.attr("title")).isEqualTo("\u201CGuido talked about asyncio.\u201D");
        assertThat(section.select("table.talks[data-filter=verdict] td.verdict").eachAttr("data-v")).containsExactly("0", "4");
        assertThat(section.select("figure.c-tech li").eachText()).containsExactly("asyncio 2", "Kubernetes 1");
        assertThat(section.select("figure.c-tech .bar").eachAttr("class")).containsExactly("bar w100", "bar w50");
        assertThat(section.select("figure.c-person li").eachText()).containsExactly("Guido van Rossum 2", "Haikel Guemar 1");
        assertThat(section.select("figure.c-cat li").eachText()).containsExactly("library 2", "platform 1");

        Element text = section.selectFirst("div.text");
        assertThat(text.wholeText()).isEqualTo(r.text());
        assertThat(text.select("mark").eachAttr("title")).containsExactly(
                "Guido van Rossum · person · 0.91 · model", "Dropbox · organization · 0.95 · gazetteer",
                "Guido van Rossum · person · 0.8 · rule", "asyncio · technology (library) · 1.0 · gazetteer",
                "Haikel Guemar · person · 0.9 · model", "Kubernetes · technology (platform) · 0.93 · gazetteer",
                "asyncio · technology (library) · 1.0 · gazetteer", "Bilbao · location · 0.875 · model");
        assertThat(text.select("mark").eachAttr("class")).containsExactly("person", "org", "person", "tech", "person", "tech",
                "tech", "loc");
        assertThat(text.select("mark.loc").text()).isEqualTo("Bilbao");
        assertThat(text.select("a.tno").eachAttr("href")).containsExactly("#r0-t1", "#r0-t2");
        assertThat(d.getElementById("r0-t2")).isNotNull();
    }

    @Test
    void theEntityTableSaysWhatTheHighlightsHoverSaysWithTheOtherSpellings() throws Exception {
        Element section = page(Fixtures.tiny("ep15")).selectFirst("details.report#r0");
        Element details = section.selectFirst("details.entities");
        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).as("closed until asked for").isFalse();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Entities (6)");
        assertThat(details.select("table.entities.sortable th").eachText()).containsExactly("Name", "Type", "Category",
                "Mentions", "Confidence", "Found by", "Also written");
        List<List<String>> rows = details.select("tbody > tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        assertThat(rows).containsExactly(
                List.of("Guido van Rossum", "person", "", "2", "0.93", "model, rule", "Guido"),
                List.of("asyncio", "technology", "library", "2", "1.0", "gazetteer", ""),
                List.of("Bilbao", "location", "", "1", "0.875", "model", ""),
                List.of("Dropbox", "organization", "", "1", "0.95", "gazetteer", ""),
                List.of("Haikel Guemar", "person", "", "1", "0.9", "model", ""),
                List.of("Kubernetes", "technology", "platform", "1", "0.93", "gazetteer", ""));
    }

    @Test
    void thePageLoadsNothingAndPinsItsStyleAndScriptByHash() throws Exception {
        Document d = page(Fixtures.tiny("a"), Fixtures.hostile());
        String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(d.select("style")).hasSize(1);
        assertThat(d.select("script")).hasSize(1);
        assertThat(csp).startsWith("default-src 'none'; ")
                .contains("style-src '" + Page.hash(d.selectFirst("style").data()) + "'")
                .contains("script-src '" + Page.hash(d.selectFirst("script").data()) + "'")
                .doesNotContain("unsafe");
        assertThat(d.select("[src], link, img, iframe, object, embed, [style]")).isEmpty();
        assertThat(d.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(d.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void everyStringFromInputIsText() throws Exception {
        Report evil = Fixtures.hostile();
        Document d = page(evil);
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("img, svg, b, textarea")).isEmpty();
        assertThat(d.select("[onerror], [onload]")).isEmpty();
        Element section = d.selectFirst("details.report");
        assertThat(section.select("h2").text()).isEqualTo("evil & 'quoted'");
        assertThat(section.select("p.src code").text()).isEqualTo(evil.document().path());
        assertThat(section.select("td.title").eachText()).containsExactly(evil.talks().get(0).title(), evil.talks().get(1).title());
        assertThat(section.select("table.talks > tbody > tr")).hasSize(2);
        assertThat(section.select("table.talks > tbody > tr").get(1).select("td").get(4).text())
                .isEqualTo(evil.talks().get(1).organizations().get(0));
        assertThat(section.selectFirst("div.text").wholeText()).isEqualTo(evil.text());
        assertThat(section.select("mark.org").attr("title")).startsWith("Evil" + Fixtures.SVG + " · organization");
        assertThat(section.select("mark.org").text()).isEqualTo(Fixtures.SCRIPT);
        assertThat(section.select("mark.tech").attr("title")).isEqualTo("React" + Fixtures.SCRIPT
                + " · technology (framework" + Fixtures.IMG + ") · 1.0 · gazetteer");
        assertThat(section.select("figure.c-cat li span").first().text()).isEqualTo("framework" + Fixtures.IMG);
        assertThat(section.select("figure.c-cat li span").first().attr("title")).isEqualTo("framework" + Fixtures.IMG);
    }

    @Test
    void aBatchGetsChartsAReportsTableAndAllTalks() throws Exception {
        Document d = page(Fixtures.tiny("one"), Fixtures.tiny("two"), Fixtures.hostile());
        assertThat(d.title()).isEqualTo("talkmine overview");
        assertThat(d.selectFirst("header p.meta").text()).isEqualTo("3 reports · 6 talks");
        Element batch = d.selectFirst("section.batch");
        assertThat(batch.select("figure.c-tech li").eachText()).startsWith("asyncio 4", "Kubernetes 2");
        assertThat(batch.select("figure.c-kind li").eachText()).containsExactly("talk 3", "keynote 2", "panel 1");
        assertThat(batch.select("table.reports > tbody > tr")).hasSize(3);
        assertThat(batch.select("table.reports > tbody > tr").first().select("td").eachText())
                .containsExactly("one", "2", "2", "1", "2", "asyncio, Kubernetes");
        assertThat(batch.select("table.talks > tbody > tr")).hasSize(6);
        assertThat(batch.select("table.talks > tbody > tr > td:first-child a").eachAttr("href"))
                .containsExactly("#r0", "#r0", "#r1", "#r1", "#r2", "#r2");
        assertThat(d.select("details.report")).hasSize(3).allMatch(e -> !e.hasAttr("open"));
        assertThat(d.select("details.report").eachAttr("id")).containsExactly("r0", "r1", "r2");
        assertThat(d.select("table.sortable thead th[data-type=num]")).isNotEmpty();
    }

    @Test
    void theSameReportsGiveTheSameBytesWhateverTheOrderAndThreads() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reports.add(i % 7 == 3 ? Fixtures.hostile() : Fixtures.tiny("r" + i));
        }
        Path a = dir.resolve("a");
        try (OverviewWriter w = OverviewWriter.open(a, new OverviewWriter.Limits(500, 200, 50))) {
            for (int i = 0; i < reports.size(); i++) {
                w.add(i, reports.get(i));
            }
            w.fail(3, "x.txt", "read", "boom");
        }
        Path b = dir.resolve("b");
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            orders.add(i);
        }
        Collections.shuffle(orders, new Random(42));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (OverviewWriter w = OverviewWriter.open(b, new OverviewWriter.Limits(500, 200, 50))) {
            List<Future<?>> fs = new ArrayList<>();
            for (int i : orders) {
                fs.add(pool.submit(() -> {
                    w.add(i, reports.get(i));
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            w.fail(3, "x.txt", "read", "boom");
        } finally {
            pool.shutdown();
        }
        assertThat(Files.readAllBytes(b.resolve("index.html"))).isEqualTo(Files.readAllBytes(a.resolve("index.html")));
    }

    @Test
    void textsStopAtTheBudgetAndLongTextsAreCut() throws Exception {
        Report r = Fixtures.tiny("x");
        int len = r.text().length();
        // room for two whole texts; each capped at len - 10 characters, so two capped texts fit
        Document d = page(new OverviewWriter.Limits(2L * (len - 10), len - 10, 2_000),
                Fixtures.tiny("a"), Fixtures.tiny("b"), Fixtures.tiny("c"));
        assertThat(d.select("details.report")).hasSize(3);
        assertThat(d.select("#r0 div.text, #r1 div.text")).hasSize(2);
        assertThat(d.select("#r2 div.text")).isEmpty();
        assertThat(d.select("#r2 p.note").text()).contains("Text not shown").contains("the first 2 reports").contains("c.json");
        Element cut = d.selectFirst("#r0 div.text");
        assertThat(cut.wholeText()).isEqualTo(r.text().substring(0, len - 10));
        assertThat(cut.select("mark.loc")).as("Bilbao lies beyond the cut").isEmpty();
        assertThat(d.select("#r0 details.text p.note").text()).contains("Only the first " + (len - 10) + " of " + len);
        assertThat(d.select("#r0 details.text > summary").text()).contains("the first " + (len - 10) + " of " + len + " characters");
    }

    @Test
    void tooManyTalksLeaveOutTheBatchTableButNotTheReportTables() throws Exception {
        Document d = page(new OverviewWriter.Limits(1_000_000, 1_000, 3), Fixtures.tiny("a"), Fixtures.tiny("b"));
        assertThat(d.select("section.batch table.talks")).isEmpty();
        assertThat(d.select("section.batch p.note").text()).contains("4 talks are too many").contains("talks.csv");
        assertThat(d.select("details.report table.talks > tbody > tr")).hasSize(4);
    }

    @Test
    void overlappingAndSurrogateSplittingMentionsAreNotHighlighted() throws Exception {
        String text = "a😀b Apache Kafka and Kafka.\n";
        Talk t = Fixtures.talk(text, 1, "Apache", "\n", TalkKind.TALK, "Streams", List.of(new Speaker("Ann", List.of())));
        Report r = Fixtures.report("o", "o.txt", text, List.of(t), List.of(
                Fixtures.entity("e1", "Apache Kafka", EntityType.TECHNOLOGY, null, 0.9,
                        Fixtures.mention(text, "Apache Kafka", 0, MentionSource.GAZETTEER, 0.9)),
                Fixtures.entity("e2", "Apache", EntityType.ORGANIZATION, null, 0.9,
                        Fixtures.mention(text, "Apache", 0, MentionSource.GAZETTEER, 0.9)),
                Fixtures.entity("e3", "Kafka", EntityType.TECHNOLOGY, null, 0.9,
                        Fixtures.mention(text, "Kafka", 0, MentionSource.GAZETTEER, 0.9),
                        Fixtures.mention(text, "Kafka", 1, MentionSource.GAZETTEER, 0.9)),
                Fixtures.entity("e4", "Half", EntityType.PERSON, null, 0.5,
                        new dev.talkmine.doc.Mention(new dev.talkmine.doc.TextSpan(1, 2), "\uD83D", EntityType.PERSON, "Half", null,
                                MentionSource.RULE, 0.5, "test"))));
        Element text0 = page(r).selectFirst("div.text");
        assertThat(text0.select("mark").eachText()).containsExactly("Apache Kafka", "Kafka");
        assertThat(text0.wholeText()).isEqualTo(text);
    }

    @Test
    void failuresAreListedAndAnEmptyBatchSaysSo() throws Exception {
        try (OverviewWriter w = OverviewWriter.open(dir)) {
            w.fail(1, "b<script>.txt", "read", "not UTF-8");
            w.fail(0, "a.txt", "segment", "boom & bust");
        }
        Document d = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(d.select("ul.failed li").eachText()).containsExactly("a.txt: segment: boom & bust", "b<script>.txt: read: not UTF-8");
        assertThat(d.select("main > p.note").text()).isEqualTo("No report was processed.");
        assertThat(d.selectFirst("header p.meta").text()).isEqualTo("0 reports · 0 talks · 2 failed inputs");
    }

    @Test
    void lifecycle() throws Exception {
        OverviewWriter w = OverviewWriter.open(dir.resolve("new/sub"));
        assertThat(w.file()).isEqualTo(dir.resolve("new/sub/index.html").toAbsolutePath());
        w.add(5, Fixtures.tiny("a"));
        assertThatThrownBy(() -> w.add(5, Fixtures.tiny("b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 5");
        try (Stream<Path> files = Files.list(dir.resolve("new/sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith(".index.html.tmp-").endsWith(".spool");
        }
        w.close();
        w.close();
        assertThatThrownBy(() -> w.add(6, Fixtures.tiny("c"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> w.fail(6, "c", "read", "x")).isInstanceOf(IllegalStateException.class);
        try (Stream<Path> files = Files.list(dir.resolve("new/sub"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.html");
        }
    }

    @Test
    void aThousandSmallReportsStayWithinTheLimits() throws Exception {
        try (OverviewWriter w = OverviewWriter.open(dir)) {
            for (int i = 0; i < 1000; i++) {
                w.add(i, Fixtures.tiny(String.format("r%04d", i)));
            }
        }
        long size = Files.size(dir.resolve("index.html"));
        assertThat(size).isLessThan(1000L * 8 * 1024);
        Document d = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(d.select("details.report")).hasSize(1000);
        assertThat(d.select("section.batch table.talks > tbody > tr")).hasSize(2000);
    }
}
