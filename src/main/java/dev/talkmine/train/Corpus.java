package dev.talkmine.train;

import dev.talkmine.InputException;
import dev.talkmine.Talkmine;
import dev.talkmine.eval.Evaluator;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.input.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Annotated reports, read and prepared: every {@code <stem>.gold.json} of the given folders with
 * the report beside it ({@code <stem>.txt}, else {@code .md}, else {@code .html}). The same stem in
 * two folders (a plain text and its Markdown source) is one group.
 */
public final class Corpus {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private Corpus() {
    }

    /**
     * Reads and prepares the reports of the gold folders, {@code threads} at a time.
     *
     * @throws InputException when a folder has no gold file or a report is missing
     */
    public static List<Example> load(List<Path> goldDirs, Talkmine talkmine, int threads) throws InterruptedException {
        List<Path[]> todo = new ArrayList<>();
        for (Path dir : goldDirs) {
            for (String stem : Evaluator.reports(dir)) {
                todo.add(new Path[] {dir.resolve(stem + ".gold.json"), report(dir, stem)});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Example>> futures = new ArrayList<>();
            for (Path[] pair : todo) {
                futures.add(pool.submit(() -> prepare(talkmine, pair[0], pair[1])));
            }
            List<Example> out = new ArrayList<>();
            for (Future<Example> f : futures) {
                out.add(f.get());
            }
            out.sort(Comparator.comparing(Example::group).thenComparing(Example::source));
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Example prepare(Talkmine talkmine, Path goldFile, Path reportFile) {
        String name = goldFile.getFileName().toString();
        String stem = name.substring(0, name.length() - ".gold.json".length());
        GoldReport gold = GoldReport.load(goldFile);
        return Example.of(stem, reportFile.toString(), talkmine.prepare(DocumentReader.utf8().read(reportFile)), gold);
    }

    private static Path report(Path dir, String stem) {
        for (String ext : EXTENSIONS) {
            Path p = dir.resolve(stem + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new InputException(dir.resolve(stem) + ".gold.json has no report beside it (" + String.join(", ", EXTENSIONS) + ")");
    }
}
