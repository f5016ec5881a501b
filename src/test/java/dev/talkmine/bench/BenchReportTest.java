package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    static WorkerResult worker(String task, Side side, List<WorkerResult.Pass> passes, List<WorkerResult.StageTime> stages) {
        return new WorkerResult(task, side.id(), 2.0, 0.5, 3.0, 150_000_000L, 400_000_000L, 700_000_000L, 160_000_000L,
                900_000_000L, 1.5, 100, 200_000, 1_000_000, 210_000, passes, stages, List.of(), List.of("-Xmx2g"));
    }

    static List<WorkerResult.Pass> corpus(int threads, double... seconds) {
        List<WorkerResult.Pass> out = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            out.add(new WorkerResult.Pass("corpus", threads, i + 1, seconds[i], 200_000, 100, 1_000_000));
        }
        return out;
    }

    static BenchResult result() {
        List<WorkerResult.Pass> tm = new ArrayList<>(corpus(1, 20, 19, 21));
        tm.addAll(corpus(2, 11, 10, 12));
        List<WorkerResult.Pass> large = List.of(
                new WorkerResult.Pass("1MB", 1, 1, 10, 190_000, 1, 1_000_000),
                new WorkerResult.Pass("5MB", 1, 1, 60, 950_000, 1, 5_000_000));
        return new BenchResult(
                new Environment("2030-01-01T00:00:00Z", 2, "Test CPU", 24_000_000_000L, "0.5 0.4 0.3", "1.0 0.8 0.6",
                        "17", "Linux", "abc123"),
                new BenchResult.Settings("all", List.of("corenlp-default", "corenlp-no-fine-grained"), 3, 1, List.of(1, 2),
                        List.of(1.0, 5.0), List.of("-Xmx2g", "-XX:+UseParallelGC"), List.of("-Xmx4g"), "java ..."),
                new BenchResult.CorpusInfo(100, 200_000, 1_000_000, List.of("europython-2015")),
                List.of(worker("throughput", Side.TALKMINE, tm, List.of()),
                        worker("throughput", Side.CORENLP_DEFAULT, corpus(1, 160, 170, 180), List.of()),
                        worker("throughput", Side.CORENLP_NO_FINE_GRAINED, corpus(1, 80, 81, 79), List.of()),
                        worker("large", Side.TALKMINE, large, List.of()),
                        worker("profile", Side.TALKMINE, List.of(), List.of(
                                new WorkerResult.StageTime("corpus", "sentences", 1, 0.1),
                                new WorkerResult.StageTime("corpus", "mentions", 9, 0.9)))),
                List.of(3.1, 3.3, 3.2));
    }

    @Test
    void criteriaComeFromTheMediansOfTheRuns() {
        List<BenchReport.Criterion> c = BenchReport.criteria(result());
        assertThat(c).extracting(BenchReport.Criterion::verdict).containsExactly("PASS", "PASS", "PASS", "PASS", "FAIL");
        // per run 160/20, 170/19, 180/21: the median ratio, not the ratio of the medians (170/20)
        assertThat(c.get(0).value()).isCloseTo(180.0 / 21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.get(1).value()).isCloseTo(20.0 / 11, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.get(2).value()).isEqualTo(2.5);
        assertThat(c.get(3).value()).isEqualTo(0.7);
        assertThat(c.get(4).value()).isEqualTo(6.0);
    }

    @Test
    void threadScalingIsTheMedianOfTheRatiosWithinEachRun() {
        BenchResult r = result();
        List<WorkerResult.Pass> tm = new ArrayList<>(corpus(1, 20, 19, 21));
        tm.addAll(corpus(2, 12, 10, 11)); // run 1 was slow on 2 threads only
        BenchResult shuffled = new BenchResult(r.environment(), r.settings(), r.corpus(),
                List.of(worker("throughput", Side.TALKMINE, tm, List.of())), List.of());

        // ratio of the medians would be 20/11 = 1.82; per run: 20/12 = 1.67, 19/10 = 1.90, 21/11 = 1.91
        assertThat(BenchReport.pairedScaling(shuffled, 2).median()).isCloseTo(19.0 / 10,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BenchReport.criteria(shuffled).get(1).value()).isCloseTo(19.0 / 10,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BenchReport.pairedScaling(shuffled, 4).n()).isZero();
    }

    @Test
    void criteriaNotMeasuredAreNotApplicable() {
        BenchResult r = result();
        BenchResult tmOnly = new BenchResult(r.environment(), r.settings(), r.corpus(), List.of(r.workers().get(0)), List.of());
        assertThat(BenchReport.criteria(tmOnly)).extracting(BenchReport.Criterion::verdict)
                .containsExactly("n/a", "PASS", "PASS", "PASS", "n/a");
    }

    @Test
    void theTableShowsEverySideRatiosScalingSizesProfileAndVerdicts() {
        String t = BenchReport.table(result());
        assertThat(t).contains("commit abc123").contains("Test CPU, 2 processors").contains("0.5 0.4 0.3 at start")
                .contains("100 reports, 200,000 CoreNLP tokens")
                .contains("talkmine -Xmx2g -XX:+UseParallelGC; CoreNLP -Xmx4g");
        assertThat(t).containsPattern("talkmine\\s+1\\s+10,000 \\[9,524-10,526\\]\\s+5\\.00 \\[4\\.76-5\\.26\\]");
        assertThat(t).containsPattern("corenlp-default\\s+1\\s+1,176 \\[1,111-1,250\\].*8\\.57 \\[8\\.00-8\\.95\\]x");
        assertThat(t).containsPattern("corenlp-no-fine-grained\\s+1\\s+2,500 .*4\\.00 \\[3\\.76-4\\.26\\]x");
        assertThat(t).contains("the sides take turns part by part");
        assertThat(t).contains("2 threads: 18,182 tokens/s = 1.82x 1 thread; paired by run: 1.82 [1.75-1.90]x");
        assertThat(t).containsPattern("5MB\\s+5\\.00\\s+950,000\\s+60\\.00\\s+12\\.00\\s+15,833\\s+6\\.00x");
        assertThat(t).containsPattern("mentions\\s+9\\.00 s\\s+90\\.0%");
        assertThat(t).contains("cold 'talkmine run <seed>' (fresh JVM, wall): 3.20 [3.10-3.30] s");
        assertThat(t).containsPattern("\\[FAIL\\] 5 MB report cost / 1 MB report cost\\s+6\\.00x \\(<= 5\\.5x\\)");
    }

    @Test
    void theJsonHasTheSummaryAndEverythingMeasured() throws Exception {
        JsonNode j = BenchJson.MAPPER.readTree(BenchReport.json(result()));
        assertThat(j.at("/summary/ratio_vs_corenlp_default").asDouble()).isEqualTo(8.5);
        assertThat(j.at("/summary/ratio_vs_corenlp_default_paired").asDouble()).isCloseTo(180.0 / 21,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.at("/summary/ratio_vs_corenlp_no_fine_grained").asDouble()).isEqualTo(4.0);
        assertThat(j.at("/summary/talkmine/tokens_per_second_2t/median").asDouble()).isCloseTo(200_000 / 11.0,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(j.at("/summary/criteria/4/verdict").asText()).isEqualTo("FAIL");
        assertThat(j.at("/result/workers").size()).isEqualTo(5);
        assertThat(j.at("/result/environment/commit").asText()).isEqualTo("abc123");
    }

    @Test
    void unmeasuredRatiosAreNullInJson() throws Exception {
        BenchResult r = result();
        BenchResult tmOnly = new BenchResult(r.environment(), r.settings(), r.corpus(), List.of(r.workers().get(0)), List.of());
        JsonNode j = BenchJson.MAPPER.readTree(BenchReport.json(tmOnly));
        assertThat(j.at("/summary/ratio_vs_corenlp_default").isNull()).isTrue();
        assertThat(j.at("/summary/criteria/0/value").isNull()).isTrue();
    }

    @Test
    void spreadShowsMedianAndRange() {
        assertThat(BenchReport.spread(Stats.of(1, 2, 3), "%.1f")).isEqualTo("2.0 [1.0-3.0]");
        assertThat(BenchReport.spread(Stats.of(1), "%.1f")).isEqualTo("1.0");
        assertThat(BenchReport.spread(Stats.of(), "%.1f")).isEqualTo("-");
    }

    @Test
    void resultsSurviveTheTripThroughJson() throws Exception {
        BenchResult r = result();
        WorkerResult w = BenchJson.MAPPER.readValue(BenchJson.string(r.workers().get(0)), WorkerResult.class);
        assertThat(w).isEqualTo(r.workers().get(0));
        BenchDoc d = new BenchDoc("x", dev.talkmine.doc.InputFormat.MD, "# X", "X", 1);
        assertThat(BenchJson.MAPPER.readValue(BenchJson.string(d), BenchDoc.class)).isEqualTo(d);
    }
}
