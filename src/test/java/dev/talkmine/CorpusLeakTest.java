package dev.talkmine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code, test or resource under {@code src/} quotes the evaluation corpus: a rule or a test
 * built on a report's own sentences would score well on that report and buy nothing on others.
 * Any 30 characters in a row (spaces folded) that also occur in a corpus report fail the build. The
 * corpus lives outside the repository ({@code ../shared/corpus}, or {@code -Dtalkmine.corpus=DIR});
 * without it the test is skipped, not passed. Only the reports count (not the corpus's README).
 */
class CorpusLeakTest {
    static final int WINDOW = 30;

    @Test
    void srcQuotesNoThirtyCharactersOfTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("talkmine.corpus", "../shared/corpus"));
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath() + ": nothing to compare with");
        Map<Long, String> windows = new HashMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(CorpusLeakTest::isReport).sorted().toList()) {
                String t = fold(Files.readString(p, StandardCharsets.UTF_8));
                for (int i = 0; i + WINDOW <= t.length(); i++) {
                    windows.putIfAbsent(hash(t, i), p.getFileName().toString());
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            // build output (the consumer project's target/) is not source
            for (Path p : files.filter(f -> Files.isRegularFile(f) && !isBuildOutput(f)).sorted().toList()) {
                String t = fold(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                for (int i = 0; i + WINDOW <= t.length(); i++) {
                    String source = windows.get(hash(t, i));
                    if (source != null && confirmed(corpus, source, t.substring(i, i + WINDOW))) {
                        leaks.add(p + ": \"" + t.substring(i, i + WINDOW) + "\" (from " + source + ")");
                        break;
                    }
                }
            }
        }
        assertThat(leaks).as("text copied from the corpus").isEmpty();
    }

    private static boolean isBuildOutput(Path p) {
        for (Path part : p) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        return name.matches(".*\\.(txt|md|html)$") && !name.startsWith("README");
    }

    /** Runs of white space as one space: a quote re-wrapped is still a quote. */
    static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static long hash(String s, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + WINDOW; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static boolean confirmed(Path corpus, String file, String window) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals(file) && isReport(f)).toList()) {
                if (fold(Files.readString(p, StandardCharsets.UTF_8)).contains(window)) {
                    return true;
                }
            }
        }
        return false;
    }
}
