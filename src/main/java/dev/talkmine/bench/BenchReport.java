package dev.talkmine.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Turns a {@link BenchResult} into the table on stdout, the done-criteria verdicts and the JSON summary. */
public final class BenchReport {
    /** Done criteria of the performance issue. */
    static final double MIN_SPEEDUP_VS_DEFAULT = 5.0;
    static final double MIN_THREAD_SCALING = 1.7;
    static final double MAX_LOAD_FIRST_SECONDS = 4.0;
    static final long MAX_PEAK_HEAP_BYTES = 1_500_000_000L;
    static final double MAX_5MB_OVER_1MB = 5.5;

    private BenchReport() {
    }

    /**
     * One done criterion.
     *
     * @param name     what is checked
     * @param value    measured (NaN when not measured in this run)
     * @param limit    the bound
     * @param atLeast  true when value must be >= limit, false when <=
     * @param unit     printed after the numbers
     */
    public record Criterion(String name, double value, double limit, boolean atLeast, String unit) {
        /** PASS, FAIL or n/a (not measured). */
        public String verdict() {
            if (Double.isNaN(value)) {
                return "n/a";
            }
            return (atLeast ? value >= limit : value <= limit) ? "PASS" : "FAIL";
        }
    }

    /** The timed corpus passes of {@code side}'s throughput worker at {@code threads} threads. */
    static List<WorkerResult.Pass> passes(BenchResult r, Side side, int threads) {
        return worker(r, "throughput", side).map(w -> w.passes().stream().filter(p -> p.threads() == threads).toList())
                .orElse(List.of());
    }

    static Optional<WorkerResult> worker(BenchResult r, String task, Side side) {
        return r.workers().stream().filter(w -> w.task().equals(task) && w.side().equals(side.id())).findFirst();
    }

    static Stats stats(List<WorkerResult.Pass> passes, ToDoubleFunction<WorkerResult.Pass> f) {
        return Stats.of(passes.stream().mapToDouble(f).toArray());
    }

    /** Median tokens/s of a side at a thread count (NaN when not measured). */
    static double tokensPerSecond(BenchResult r, Side side, int threads) {
        return stats(passes(r, side, threads), WorkerResult.Pass::tokensPerSecond).median();
    }

    /**
     * talkmine's tokens/s at {@code threads} over its tokens/s at 1 thread, pass by pass within each
     * run. Each run times both thread counts back to back, so a change in the load other tenants
     * put on the machine hits both sides of a pair; the median of the pairs is the scaling
     * estimate, less sensitive to such drifts than the ratio of the two medians.
     */
    static Stats pairedScaling(BenchResult r, int threads) {
        Map<Integer, Double> single = new TreeMap<>();
        passes(r, Side.TALKMINE, 1).forEach(p -> single.put(p.run(), p.tokensPerSecond()));
        return Stats.of(passes(r, Side.TALKMINE, threads).stream().filter(p -> single.containsKey(p.run()))
                .mapToDouble(p -> p.tokensPerSecond() / single.get(p.run())).toArray());
    }

    /**
     * talkmine's tokens/s at 1 thread over {@code baseline}'s, run by run. The sides' passes of a run
     * take turns part by part (see {@code Bench}), so a run's two passes saw the same machine; the
     * median of the pairs is the speed-up, steadier than the ratio of the two medians.
     */
    static Stats pairedRatio(BenchResult r, Side baseline) {
        Map<Integer, Double> base = new TreeMap<>();
        passes(r, baseline, 1).forEach(p -> base.put(p.run(), p.tokensPerSecond()));
        return Stats.of(passes(r, Side.TALKMINE, 1).stream().filter(p -> base.containsKey(p.run()))
                .mapToDouble(p -> p.tokensPerSecond() / base.get(p.run())).toArray());
    }

    /** Median seconds for the large report labelled {@code what} (NaN when not measured). */
    static double largeSeconds(BenchResult r, String what) {
        return worker(r, "large", Side.TALKMINE)
                .map(w -> stats(w.passes().stream().filter(p -> p.what().equals(what)).toList(), WorkerResult.Pass::seconds)
                        .median())
                .orElse(Double.NaN);
    }

    /** The done criteria, measured in this run. */
    public static List<Criterion> criteria(BenchResult r) {
        List<Criterion> out = new ArrayList<>();
        out.add(new Criterion("vs CoreNLP default, 1 thread, paired by run", pairedRatio(r, Side.CORENLP_DEFAULT).median(),
                MIN_SPEEDUP_VS_DEFAULT, true, "x"));
        out.add(new Criterion("2 threads vs 1 thread, paired by run", pairedScaling(r, 2).median(), MIN_THREAD_SCALING,
                true, "x"));
        Optional<WorkerResult> tm = worker(r, "throughput", Side.TALKMINE);
        out.add(new Criterion("model load + first (seed) report", tm.map(w -> w.loadSeconds() + w.firstReportSeconds())
                .orElse(Double.NaN), MAX_LOAD_FIRST_SECONDS, false, "s"));
        out.add(new Criterion("peak heap on the benchmark corpus", tm.map(w -> w.peakHeapBytes() / 1e9).orElse(Double.NaN),
                MAX_PEAK_HEAP_BYTES / 1e9, false, "GB"));
        out.add(new Criterion("5 MB report cost / 1 MB report cost", largeSeconds(r, "5MB") / largeSeconds(r, "1MB"),
                MAX_5MB_OVER_1MB, false, "x"));
        return out;
    }

    /** The human-readable report. */
    public static String table(BenchResult r) {
        StringBuilder sb = new StringBuilder();
        header(sb, r);
        double tm1 = tokensPerSecond(r, Side.TALKMINE, 1);
        throughput(sb, r);
        scaling(sb, r, tm1);
        worker(r, "large", Side.TALKMINE).ifPresent(w -> largeReports(sb, w));
        loadParts(sb, r);
        stageProfile(sb, r);
        List<String> notes = r.workers().stream().flatMap(w -> w.notes().stream()).toList();
        if (!notes.isEmpty()) {
            f(sb, "%nNotes%n");
            notes.forEach(n -> f(sb, "- %s%n", n));
        }
        f(sb, "%nDone criteria%n");
        for (Criterion c : criteria(r)) {
            f(sb, "[%-4s] %-42s %8s (%s %s%s)%n", c.verdict(), c.name(),
                    Double.isNaN(c.value()) ? "-" : String.format(Locale.ROOT, "%.2f%s", c.value(), c.unit()),
                    c.atLeast() ? ">=" : "<=", trim(c.limit()), c.unit());
        }
        return sb.toString();
    }

    /** The machine, the JVMs, the corpus and what each number is. */
    private static void header(StringBuilder sb, BenchResult r) {
        Environment e = r.environment();
        BenchResult.Settings s = r.settings();
        f(sb, "talkmine bench  %s  commit %s%n", e.date(), e.commit());
        f(sb, "machine: %s, %d processors, %.1f GB RAM, %s; %s%n", e.cpu(), e.processors(), e.memoryBytes() / 1e9,
                e.os(), e.java());
        f(sb, "load average (1/5/15 min): %s at start, %s at end%n", e.loadBefore(), e.loadAfter());
        f(sb, "worker JVMs (one fresh JVM per side and task): talkmine %s; CoreNLP %s%n", String.join(" ", s.jvmFlags()),
                String.join(" ", s.baselineJvmFlags()));
        f(sb, "corpus: %d reports, %,d CoreNLP tokens, %.2f MB, varied copies of %s%n", r.corpus().reports(),
                r.corpus().tokens(), r.corpus().bytes() / 1e6, String.join(", ", r.corpus().sources()));
        f(sb, "each number: median [min-max] of %d timed run%s after %d warm-up pass%s; tokens = CoreNLP tokens for both sides%n",
                s.runs(), s.runs() == 1 ? "" : "s", s.warmup(), s.warmup() == 1 ? "" : "es");
        f(sb, "throughput runs at 1 thread: the sides take turns part by part (%d parts a run); talkmine's speed-up is the"
                + " median of its runs' ratios%n", Bench.parts(r.corpus().reports()));
    }

    /** Tokens and reports per second of each side, then start-up and memory; nothing without throughput workers. */
    private static void throughput(StringBuilder sb, BenchResult r) {
        List<WorkerResult> tput = r.workers().stream().filter(w -> w.task().equals("throughput")).toList();
        if (tput.isEmpty()) {
            return;
        }
        f(sb, "%nThroughput%n");
        f(sb, "%-26s %7s %26s %22s %24s%n", "side", "threads", "tokens/s", "reports/s", "talkmine is (paired)");
        for (WorkerResult w : tput) {
            Side side = Side.of(w.side());
            for (int t : w.passes().stream().map(WorkerResult.Pass::threads).distinct().sorted().toList()) {
                List<WorkerResult.Pass> ps = passes(r, side, t);
                Stats tok = stats(ps, WorkerResult.Pass::tokensPerSecond);
                Stats rep = stats(ps, WorkerResult.Pass::reportsPerSecond);
                String vs = side == Side.TALKMINE ? "" : spread(pairedRatio(r, side), "%.2f") + "x";
                f(sb, "%-26s %7d %26s %22s %24s%n", side.id(), t, spread(tok, "%,.0f"), spread(rep, "%,.2f"), vs);
            }
        }
        f(sb, "%nStart-up and memory (fresh JVM per side; GB = 10^9 bytes)%n");
        f(sb, "%-26s %7s %8s %8s %9s %10s %10s %10s %10s %7s%n", "side", "load s", "first s", "load+1st",
                "JVM->1st", "heap@load", "peak heap", "peak live", "peak RSS", "GC s");
        for (WorkerResult w : tput) {
            f(sb, "%-26s %7.2f %8.2f %8.2f %9.2f %10.3f %10.3f %10.3f %10.3f %7.1f%n", w.side(), w.loadSeconds(),
                    w.firstReportSeconds(), w.loadSeconds() + w.firstReportSeconds(), w.jvmStartToFirstSeconds(),
                    w.heapAfterLoadBytes() / 1e9, w.peakHeapBytes() / 1e9, w.peakLiveHeapBytes() / 1e9,
                    w.peakRssBytes() / 1e9, w.gcSeconds());
        }
        if (!r.cliSeconds().isEmpty()) {
            Stats cli = Stats.of(r.cliSeconds());
            f(sb, "cold 'talkmine run <seed>' (fresh JVM, wall): %s s%n", spread(cli, "%.2f"));
        }
    }

    /** talkmine's tokens/s per thread count against 1 thread, when it ran on more than one. */
    private static void scaling(StringBuilder sb, BenchResult r, double tm1) {
        Optional<WorkerResult> tm = worker(r, "throughput", Side.TALKMINE);
        if (tm.isEmpty() || tm.get().passes().stream().allMatch(p -> p.threads() == 1)) {
            return;
        }
        f(sb, "%nScaling across reports (talkmine)%n");
        for (int t : tm.get().passes().stream().map(WorkerResult.Pass::threads).distinct().sorted().toList()) {
            double v = tokensPerSecond(r, Side.TALKMINE, t);
            f(sb, "%2d thread%s: %,.0f tokens/s = %.2fx 1 thread", t, t == 1 ? " " : "s", v, v / tm1);
            if (t != 1) {
                f(sb, "; paired by run: %sx", spread(pairedScaling(r, t), "%.2f"));
            }
            f(sb, "%n");
        }
    }

    /** Each large report's time, and its cost against the first (smallest). */
    private static void largeReports(StringBuilder sb, WorkerResult w) {
        f(sb, "%nSingle large reports (talkmine, 1 thread)%n");
        f(sb, "%-8s %8s %10s %22s %8s %10s %14s%n", "report", "MB", "tokens", "seconds", "s/MB", "tokens/s", "cost vs first");
        Map<String, List<WorkerResult.Pass>> by = new LinkedHashMap<>();
        w.passes().forEach(p -> by.computeIfAbsent(p.what(), k -> new ArrayList<>()).add(p));
        double firstSeconds = Double.NaN;
        for (Map.Entry<String, List<WorkerResult.Pass>> en : by.entrySet()) {
            WorkerResult.Pass p0 = en.getValue().get(0);
            Stats sec = stats(en.getValue(), WorkerResult.Pass::seconds);
            if (Double.isNaN(firstSeconds)) {
                firstSeconds = sec.median();
            }
            f(sb, "%-8s %8.2f %,10d %22s %8.2f %,10.0f %13.2fx%n", en.getKey(), p0.bytes() / 1e6, p0.tokens(),
                    spread(sec, "%.2f"), sec.median() / (p0.bytes() / 1e6), p0.tokens() / sec.median(),
                    sec.median() / firstSeconds);
        }
        f(sb, "peak heap %.3f GB, peak live %.3f GB%n", w.peakHeapBytes() / 1e9, w.peakLiveHeapBytes() / 1e9);
    }

    /** The profile worker's model load, part by part. */
    private static void loadParts(StringBuilder sb, BenchResult r) {
        List<WorkerResult.StageTime> loads = worker(r, "profile", Side.TALKMINE).map(w -> w.stages().stream()
                .filter(st -> st.what().equals("load")).toList()).orElse(List.of());
        if (!loads.isEmpty()) {
            f(sb, "%ntalkmine's model load by part (fresh JVM, before anything else)%n");
            for (WorkerResult.StageTime st : loads) {
                f(sb, "%-28s %6.2f s %5.1f%%%n", st.stage(), st.seconds(), 100 * st.share());
            }
        }
    }

    /** Seconds and share per stage: one column per profiled corpus or large report. */
    private static void stageProfile(StringBuilder sb, BenchResult r) {
        List<WorkerResult.StageTime> stages = r.workers().stream().filter(w -> w.task().equals("profile"))
                .flatMap(w -> w.stages().stream()).filter(st -> !st.what().equals("load")).toList();
        if (stages.isEmpty()) {
            return;
        }
        f(sb, "%nWhere talkmine's time goes (1 thread, one pass after warm-up; seconds and share)%n");
        List<String> whats = stages.stream().map(WorkerResult.StageTime::what).distinct().toList();
        List<String> names = stages.stream().map(WorkerResult.StageTime::stage).distinct().toList();
        f(sb, "%-16s", "stage");
        whats.forEach(w -> f(sb, " %18s", w));
        f(sb, "%n");
        for (String n : names) {
            f(sb, "%-16s", n);
            for (String w : whats) {
                stages.stream().filter(st -> st.what().equals(w) && st.stage().equals(n)).findFirst()
                        .ifPresentOrElse(st -> f(sb, " %9.2f s %5.1f%%", st.seconds(), 100 * st.share()),
                                () -> f(sb, " %18s", "-"));
            }
            f(sb, "%n");
        }
    }

    /** "median [min-max]" with {@code fmt} for each number; "-" for an empty sample. */
    static String spread(Stats s, String fmt) {
        if (s.n() == 0) {
            return "-";
        }
        String m = String.format(Locale.ROOT, fmt, s.median());
        if (s.n() == 1) {
            return m;
        }
        return m + " [" + String.format(Locale.ROOT, fmt, s.min()) + "-" + String.format(Locale.ROOT, fmt, s.max()) + "]";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static void f(StringBuilder sb, String fmt, Object... args) {
        sb.append(String.format(Locale.ROOT, fmt, args));
    }

    /** The machine-readable report: the full result plus the summary numbers and verdicts. */
    public static String json(BenchResult r) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            worker(r, "throughput", side).ifPresent(w -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int t : w.passes().stream().map(WorkerResult.Pass::threads).distinct().sorted().toList()) {
                    m.put("tokens_per_second_" + t + "t", stats(passes(r, side, t), WorkerResult.Pass::tokensPerSecond));
                    m.put("reports_per_second_" + t + "t", stats(passes(r, side, t), WorkerResult.Pass::reportsPerSecond));
                }
                m.put("load_plus_first_seconds", w.loadSeconds() + w.firstReportSeconds());
                m.put("peak_heap_bytes", w.peakHeapBytes());
                summary.put(side.id(), m);
            });
        }
        double tm1 = tokensPerSecond(r, Side.TALKMINE, 1);
        summary.put("ratio_vs_corenlp_default", num(tm1 / tokensPerSecond(r, Side.CORENLP_DEFAULT, 1)));
        summary.put("ratio_vs_corenlp_default_paired", num(pairedRatio(r, Side.CORENLP_DEFAULT).median()));
        summary.put("ratio_vs_corenlp_no_fine_grained", num(tm1 / tokensPerSecond(r, Side.CORENLP_NO_FINE_GRAINED, 1)));
        summary.put("ratio_vs_corenlp_no_fine_grained_paired", num(pairedRatio(r, Side.CORENLP_NO_FINE_GRAINED).median()));
        summary.put("ratio_2_threads_vs_1", num(tokensPerSecond(r, Side.TALKMINE, 2) / tm1));
        summary.put("ratio_2_threads_vs_1_paired", num(pairedScaling(r, 2).median()));
        summary.put("ratio_5mb_vs_1mb", num(largeSeconds(r, "5MB") / largeSeconds(r, "1MB")));
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (Criterion c : criteria(r)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("value", num(c.value()));
            m.put("limit", c.limit());
            m.put("at_least", c.atLeast());
            m.put("verdict", c.verdict());
            verdicts.add(m);
        }
        summary.put("criteria", verdicts);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", summary);
        out.put("result", r);
        return BenchJson.string(out);
    }

    /** JSON has no NaN: null instead. */
    private static Double num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }
}
