package dev.talkmine.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.ReportJson;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's forked JVM: loads one side, times the seed report, then runs the passes its
 * {@link WorkerSpec} asks for and writes a {@link WorkerResult}. Progress goes to stderr.
 */
public final class BenchWorker {
    private BenchWorker() {
    }

    /** {@code BenchWorker SPEC.json}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BenchWorker SPEC.json");
            System.exit(2);
        }
        WorkerSpec spec = BenchJson.read(Path.of(args[0]), WorkerSpec.class);
        WorkerResult result = run(spec);
        BenchJson.write(Path.of(spec.outFile()), result);
        System.exit(0);
    }

    /** One side's processing of one report; returns the side's own token count for it. */
    interface Engine {
        long process(BenchDoc doc);
    }

    static WorkerResult run(WorkerSpec spec) throws IOException, InterruptedException, ExecutionException {
        Side side = Side.of(spec.side());
        List<BenchDoc> docs = BenchJson.MAPPER.readValue(Path.of(spec.corpusFile()).toFile(), new TypeReference<>() { });
        DocumentReader reader = DocumentReader.utf8().withMaxBytes(Integer.MAX_VALUE);
        BenchDoc seed = seed(Path.of(spec.seedFile()), reader);
        try (HeapWatch heap = new HeapWatch()) {
            heap.reset();
            long t0 = System.nanoTime();
            Talkmine talkmine = side == Side.TALKMINE ? PipelineConfig.defaults().build() : null; // the shipped setup, as a user runs it
            Engine engine = talkmine != null ? talkmineEngine(talkmine, reader) : coreNlpEngine(side);
            double load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            engine.process(seed);
            double first = (System.nanoTime() - t1) / 1e9;
            double fromJvmStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            log(side, String.format("loaded in %.2f s, seed report in %.2f s (%.2f s after JVM start)", load, first, fromJvmStart));
            long peakLoad = heap.peak();
            long afterLoad = HeapWatch.usedAfterGc();
            heap.reset();
            Timed timed = switch (spec.task()) {
                case "throughput" -> throughput(side, engine, docs, spec);
                case "large" -> large(side, engine, docs, seed, spec);
                case "profile" -> {
                    if (talkmine == null) {
                        throw new IllegalArgumentException("profile needs the talkmine side");
                    }
                    List<WorkerResult.StageTime> stages = new ArrayList<>();
                    // in a fresh JVM (the worker's own), building is all of the load: the models
                    stages.add(new WorkerResult.StageTime("load", "models", load, 1.0));
                    stages.addAll(profile(talkmine, reader, docs, seed, spec));
                    yield new Timed(List.of(), stages, -1, 0);
                }
                default -> throw new IllegalArgumentException("unknown task " + spec.task());
            };
            long tokens = docs.stream().mapToLong(BenchDoc::tokens).sum();
            long bytes = docs.stream().mapToLong(BenchDoc::bytes).sum();
            return new WorkerResult(spec.task(), side.id(), load, first, fromJvmStart, afterLoad, peakLoad,
                    heap.peak(), heap.peakLive(), HeapWatch.peakRss(), HeapWatch.gcSeconds() - timed.gcBefore(),
                    docs.size(), tokens, bytes, timed.ownTokens(), timed.passes(), timed.stages(), List.of(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }

    /**
     * What a task measured after the warm-up.
     *
     * @param gcBefore GC seconds when the timed passes began
     */
    private record Timed(List<WorkerResult.Pass> passes, List<WorkerResult.StageTime> stages, long ownTokens, double gcBefore) {
    }

    /** The seed report, read as the sides read it. */
    private static BenchDoc seed(Path seedPath, DocumentReader reader) throws IOException {
        byte[] seedBytes = Files.readAllBytes(seedPath);
        InputFormat seedFormat = InputFormat.forFileName(seedPath.getFileName().toString()).orElse(InputFormat.TXT);
        return new BenchDoc("seed", seedFormat, new String(seedBytes, StandardCharsets.UTF_8),
                reader.read("seed", seedPath.toString(), seedBytes, seedFormat).text(), -1);
    }

    /** Warm-up passes at the most threads asked for, then each run at each thread count (or as the parent asks: driven). */
    private static Timed throughput(Side side, Engine engine, List<BenchDoc> docs, WorkerSpec spec)
            throws IOException, InterruptedException, ExecutionException {
        long tokens = docs.stream().mapToLong(BenchDoc::tokens).sum();
        long bytes = docs.stream().mapToLong(BenchDoc::bytes).sum();
        int maxThreads = spec.threads().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (int w = 1; w <= spec.warmup(); w++) {
            double s = pass(engine, docs, maxThreads)[0];
            log(side, String.format("warm-up %d/%d (%d threads): %.1f s, %.0f tokens/s", w, spec.warmup(),
                    maxThreads, s, tokens / s));
        }
        if (spec.driven()) {
            return driven(side, engine, docs);
        }
        double gc0 = HeapWatch.gcSeconds();
        List<WorkerResult.Pass> passes = new ArrayList<>();
        long ownTokens = -1;
        for (int r = 1; r <= spec.runs(); r++) {
            for (int threads : spec.threads()) {
                double[] p = pass(engine, docs, threads);
                ownTokens = (long) p[1];
                passes.add(new WorkerResult.Pass("corpus", threads, r, p[0], tokens, docs.size(), bytes));
                log(side, String.format("run %d/%d (%d thread%s): %.1f s, %.0f tokens/s, %.1f reports/s", r,
                        spec.runs(), threads, threads == 1 ? "" : "s", p[0], tokens / p[0], docs.size() / p[0]));
            }
        }
        return new Timed(passes, List.of(), ownTokens, gc0);
    }

    /**
     * The timed passes the parent asks for, one line each on stdin ({@code pass RUN THREADS FROM TO}:
     * reports {@code [FROM, TO)} of the corpus), each answered on stdout ({@code bench pass SECONDS})
     * when done, until {@code end}. A run's pass at a thread count is the sum of its parts.
     */
    private static Timed driven(Side side, Engine engine, List<BenchDoc> docs)
            throws IOException, InterruptedException, ExecutionException {
        double gc0 = HeapWatch.gcSeconds();
        Map<String, WorkerResult.Pass> passes = new LinkedHashMap<>(); // by run and threads, in the order asked
        long ownTokens = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        reply("ready");
        for (String line = in.readLine(); line != null && !line.equals("end"); line = in.readLine()) {
            String[] f = line.split(" ");
            if (f.length != 5 || !f[0].equals("pass")) {
                throw new IllegalArgumentException("expected 'pass RUN THREADS FROM TO' or 'end', got: " + line);
            }
            int run = Integer.parseInt(f[1]);
            int threads = Integer.parseInt(f[2]);
            List<BenchDoc> part = docs.subList(Integer.parseInt(f[3]), Integer.parseInt(f[4]));
            double[] p = pass(engine, part, threads);
            if (run == 1 && threads == 1) {
                ownTokens += (long) p[1];
            }
            passes.merge(run + "/" + threads, new WorkerResult.Pass("corpus", threads, run, p[0],
                    part.stream().mapToLong(BenchDoc::tokens).sum(), part.size(), part.stream().mapToLong(BenchDoc::bytes).sum()),
                    WorkerResult.Pass::plus);
            reply(String.format(Locale.ROOT, "pass %.9f", p[0]));
        }
        for (WorkerResult.Pass p : passes.values()) {
            log(side, String.format("run %d (%d thread%s, as the parent asked): %.1f s, %.0f tokens/s, %.1f reports/s", p.run(),
                    p.threads(), p.threads() == 1 ? "" : "s", p.seconds(), p.tokensPerSecond(), p.reportsPerSecond()));
        }
        return new Timed(List.copyOf(passes.values()), List.of(), ownTokens, gc0);
    }

    /** A line of the protocol with the parent; anything else on stdout is not read by it. */
    private static void reply(String message) {
        System.out.println(DrivenWorker.REPLY + message);
        System.out.flush();
    }

    /** Warm-up on 30 copies of the seed, then each large report alone, once per run. */
    private static Timed large(Side side, Engine engine, List<BenchDoc> docs, BenchDoc seed, WorkerSpec spec)
            throws InterruptedException, ExecutionException {
        for (int w = 1; w <= spec.warmup(); w++) {
            double s = pass(engine, Collections.nCopies(30, seed), 1)[0];
            log(side, String.format("warm-up %d/%d: 30 x seed report in %.1f s", w, spec.warmup(), s));
        }
        double gc0 = HeapWatch.gcSeconds();
        List<WorkerResult.Pass> passes = new ArrayList<>();
        for (int r = 1; r <= spec.runs(); r++) {
            for (BenchDoc d : docs) {
                double s = pass(engine, List.of(d), 1)[0];
                passes.add(new WorkerResult.Pass(d.id(), 1, r, s, d.tokens(), 1, d.bytes()));
                log(side, String.format("run %d/%d: %s (%.2f MB, %d tokens) in %.1f s, %.0f tokens/s", r,
                        spec.runs(), d.id(), d.bytes() / 1e6, d.tokens(), s, d.tokens() / s));
            }
        }
        return new Timed(passes, List.of(), -1, gc0);
    }

    /** The CoreNLP baseline: tokenize,ssplit,pos,lemma,ner with default properties, or fine-grained NER off. */
    static Properties coreNlpProperties(Side side) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        if (side == Side.CORENLP_NO_FINE_GRAINED) {
            p.setProperty("ner.applyFineGrained", "false");
        }
        return p;
    }

    private static Engine talkmineEngine(Talkmine talkmine, DocumentReader reader) {
        return d -> {
            Report r = talkmine.process(read(reader, d));
            long own = 0;
            for (Sentence s : r.sentences()) {
                own += s.tokens().size();
            }
            return ReportJson.toJson(r).isEmpty() ? -1 : own;
        };
    }

    /** A CoreNLP side: its own token count per report. */
    private static Engine coreNlpEngine(Side side) {
        StanfordCoreNLP nlp = new StanfordCoreNLP(coreNlpProperties(side));
        return d -> {
            Annotation a = new Annotation(d.text());
            nlp.annotate(a);
            return a.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }

    /** One pass over {@code docs} on {@code threads} threads: {seconds, own tokens}. */
    static double[] pass(Engine engine, List<BenchDoc> docs, int threads) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>(docs.size());
            for (BenchDoc d : docs) {
                futures.add(pool.submit(() -> engine.process(d)));
            }
            long own = 0;
            for (Future<Long> f : futures) {
                own += f.get();
            }
            return new double[] {(System.nanoTime() - t) / 1e9, own};
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Time per stage, as the pipeline measures it: after the warm-up passes, one pass (per run) over
     * the corpus, summed as {@code corpus}; or, for the large-report corpus (ids ending in MB), per
     * report. Reading the input and writing the JSON are timed here, around the pipeline.
     */
    private static List<WorkerResult.StageTime> profile(Talkmine talkmine, DocumentReader reader, List<BenchDoc> docs,
                                                       BenchDoc seed, WorkerSpec spec) {
        boolean perReport = docs.stream().allMatch(d -> d.id().endsWith("MB"));
        for (int w = 0; w < spec.warmup(); w++) {
            for (BenchDoc d : perReport ? Collections.nCopies(30, seed) : docs) {
                talkmine.process(read(reader, d));
            }
        }
        List<WorkerResult.StageTime> out = new ArrayList<>();
        List<List<BenchDoc>> groups = perReport ? docs.stream().map(List::of).toList() : List.of(docs);
        for (List<BenchDoc> group : groups) {
            StageTimes times = new StageTimes(talkmine.stageNames());
            long read = 0;
            long json = 0;
            for (int r = 0; r < Math.max(1, spec.runs()); r++) {
                for (BenchDoc d : group) {
                    long t = System.nanoTime();
                    Document doc = read(reader, d);
                    read += System.nanoTime() - t;
                    Report rep = talkmine.process(doc, times);
                    t = System.nanoTime();
                    ReportJson.toJson(rep);
                    json += System.nanoTime() - t;
                }
            }
            out.addAll(shares(perReport ? group.get(0).id() : "corpus", read, times, json));
        }
        return out;
    }

    /** Reading, each stage and the JSON of one profiled group, with their shares of its time; logged. */
    private static List<WorkerResult.StageTime> shares(String what, long readNanos, StageTimes times, long jsonNanos) {
        List<String> names = new ArrayList<>();
        List<Double> secs = new ArrayList<>();
        names.add("read");
        secs.add(readNanos / 1e9);
        names.addAll(times.names());
        for (double x : times.seconds()) {
            secs.add(x);
        }
        names.add("json");
        secs.add(jsonNanos / 1e9);
        double total = secs.stream().mapToDouble(Double::doubleValue).sum();
        List<WorkerResult.StageTime> out = new ArrayList<>();
        StringBuilder line = new StringBuilder("profile " + what + ":");
        for (int i = 0; i < names.size(); i++) {
            out.add(new WorkerResult.StageTime(what, names.get(i), secs.get(i), secs.get(i) / total));
            line.append(String.format(Locale.ROOT, " %s %.2fs", names.get(i), secs.get(i)));
        }
        log(Side.TALKMINE, line.toString());
        return out;
    }

    private static Document read(DocumentReader reader, BenchDoc d) {
        return reader.read(d.id(), d.id(), d.raw().getBytes(StandardCharsets.UTF_8), d.format());
    }

    private static void log(Side side, String message) {
        System.err.println("  [" + side.id() + "] " + message);
        System.err.flush();
    }
}
