package dev.talkmine.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.talkmine.Talkmine;
import dev.talkmine.doc.Report;
import dev.talkmine.input.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview in a real browser: Debian's headless Chromium renders the page, runs its script and
 * dumps the DOM, which we parse with jsoup. Skipped when {@code /usr/bin/chromium} is missing; CI
 * ({@code .ci/run}) installs it. Screenshots go to {@code target/overview-browser/}.
 */
@Tag("browser")
class OverviewBrowserTest {
    static final Path SHOTS = Path.of("target/overview-browser");
    private static Report seed;

    @TempDir
    Path tmp;

    /** Per test, not {@code @BeforeAll}: an aborted class shows as "Tests run: 0", each aborted test as skipped. */
    @BeforeEach
    void needChromium() {
        assumeTrue(Chromium.available(), "no " + Chromium.BINARY + ": browser test skipped (CI installs it)");
    }

    private static synchronized Report seed() throws Exception {
        if (seed == null) {
            seed = Talkmine.builder().build().process(DocumentReader.utf8().read(Path.of("input/europython-2015.txt")));
        }
        return seed;
    }

    private Chromium chromium() {
        return new Chromium(tmp.resolve("profile"));
    }

    private Path write(String name, Report... reports) throws Exception {
        Path dir = tmp.resolve(name);
        try (OverviewWriter w = OverviewWriter.open(dir)) {
            for (int i = 0; i < reports.length; i++) {
                w.add(i, reports[i]);
            }
        }
        Files.createDirectories(SHOTS);
        Files.copy(dir.resolve(OverviewWriter.FILE_NAME), SHOTS.resolve(name + ".html"), StandardCopyOption.REPLACE_EXISTING);
        return dir.resolve(OverviewWriter.FILE_NAME);
    }

    @Test
    void seedReportRendersItsTalksChartsAndHighlights() throws Exception {
        Report r = seed();
        Path page = write("seed", r);
        Chromium c = chromium();
        c.screenshot(page, SHOTS.resolve("seed.png"), 1280, 2000);
        c.screenshot(page, SHOTS.resolve("seed-full.png"), 1280, 9000);
        Document dom = Jsoup.parse(c.dumpDom(page));

        assertThat(dom.body().attr("data-ready")).as("the page's script ran").isEqualTo("1");
        assertThat(r.talks()).hasSizeBetween(17, 22);
        assertThat(dom.select("details.report table.talks > tbody > tr")).hasSize(r.talks().size());
        assertThat(dom.select("details.report table.talks thead th button")).as("sort buttons").hasSize(8);
        assertThat(dom.select("figure.c-tech ol.bars li .bar")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(dom.select("figure.c-org ol.bars li .bar")).isNotEmpty();
        assertThat(dom.select("figure.c-person ol.bars li .bar")).isNotEmpty();
        assertThat(dom.select("figure.c-cat ol.bars li .bar")).isNotEmpty();
        assertThat(dom.select("figure.c-tech ol.bars li > span:first-child").eachText()).contains("MySQL");
        Element mysql = dom.select("mark.tech[title^=MySQL · technology]").first();
        assertThat(mysql).as("MySQL highlighted as a technology").isNotNull();
        assertThat(mysql.attr("title")).matches("MySQL · technology( \\([a-z]+\\))? · [01]\\.\\d+ · (gazetteer|rule|model)");
        assertThat(dom.select("mark.person[title^=Roberto Polli]")).isNotEmpty();
        assertThat(dom.select("div.text a.tno")).hasSize(r.talks().size());
        assertThat(dom.select("td.title").eachText()).contains("Scaling MySQL with Python");
    }

    @Test
    void sortingWorksInTheBrowser() throws Exception {
        Path page = write("seed-sort", seed());
        // a test copy without the policy, with a script that sorts by "#" twice (descending)
        String html = Files.readString(page, StandardCharsets.UTF_8)
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", "<script>var b=document.querySelector('table.talks th button');b.click();b.click();</script></body>");
        Path copy = tmp.resolve("sort.html");
        Files.writeString(copy, html, StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium().dumpDom(copy));
        Element th = dom.selectFirst("table.talks thead th");
        assertThat(th.attr("aria-sort")).isEqualTo("descending");
        assertThat(dom.select("table.talks > tbody > tr > td:first-child").eachAttr("data-v").get(0))
                .isEqualTo(String.valueOf(seed().talks().size()));
    }

    @Test
    void inputCannotRunScript() throws Exception {
        Report evil = Fixtures.hostile();
        Path page = write("hostile", evil, Fixtures.tiny("tiny"));
        chromium().screenshot(page, SHOTS.resolve("hostile.png"), 1280, 1400);
        Document dom = Jsoup.parse(chromium().dumpDom(page));

        assertThat(dom.body().attr("data-ready")).as("our script ran, so scripts were on").isEqualTo("1");
        assertThat(dom.select("[data-pwned]")).as("no payload ran").isEmpty();
        assertThat(dom.select("script")).as("only the page's own script").hasSize(1);
        assertThat(dom.select("img, svg, iframe, b")).as("no element from input").isEmpty();
        assertThat(dom.select("details.report")).hasSize(2);
        assertThat(dom.select("#r0 table.talks > tbody > tr")).hasSize(2);
        assertThat(dom.select("#r0 td.title").first().text()).isEqualTo(evil.talks().get(0).title());
        assertThat(dom.select("#r0 div.text").first().wholeText()).isEqualTo(evil.text()).contains(Fixtures.SCRIPT);
        assertThat(dom.select("#r0 mark.org").first().text()).isEqualTo(Fixtures.SCRIPT);
    }

    @Test
    void thePayloadDetectorWorks() throws Exception {
        // the same payloads, unescaped and without a policy, do run: so the test above can see them
        Path raw = tmp.resolve("raw.html");
        Files.writeString(raw, "<!DOCTYPE html><html><body><p>" + Fixtures.SCRIPT + "</p><p>" + Fixtures.IMG + "</p></body></html>",
                StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium().dumpDom(raw));
        assertThat(dom.select("html[data-pwned]")).hasSize(1);
    }

    @Test
    void fiveHundredReportsStayOpenable() throws Exception {
        Report one = seed();
        Report[] many = new Report[500];
        for (int i = 0; i < many.length; i++) {
            Report r = one;
            many[i] = new Report(r.document().withId(String.format("report-%03d", i)), r.layers(), r.sentences(), r.mentions(), r.units(),
                    r.segments(), r.entities(), r.talks(), r.candidates(), r.summaries(), r.verdicts(), r.resolvedMentions(),
                    r.linkReasons());
        }
        Path single = write("seed-size", one);
        long t0 = System.nanoTime();
        Path page = write("five-hundred", many);
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        Files.delete(SHOTS.resolve("five-hundred.html")); // 12 MB: keep only the measurement
        long t1 = System.nanoTime();
        Document dom = Jsoup.parse(chromium().dumpDom(page));
        long openMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("overview size: 1 report %d bytes; 500 reports %d bytes (written in %d ms, "
                + "loaded and dumped by headless Chromium in %d ms)%n", Files.size(single), Files.size(page), writeMs, openMs);
        assertThat(dom.body().attr("data-ready")).isEqualTo("1");
        assertThat(dom.select("details.report")).hasSize(500);
        assertThat(dom.select("div.text")).hasSize((int) (OverviewWriter.Limits.DEFAULT.textBudget() / one.text().length()));
        assertThat(Files.size(page)).isLessThan(25L << 20);
    }
}
