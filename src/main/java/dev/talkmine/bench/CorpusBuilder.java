package dev.talkmine.bench;

import dev.talkmine.doc.InputFormat;
import dev.talkmine.input.DocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the benchmark inputs from source reports (the shipped seed, plus any reports the user
 * names): a corpus of at least N tokens made of varied copies of the sources, and single large
 * reports of a given size. Copies are made with {@link Variator}, cycling through the sources;
 * copy 0 of each source is the source itself. Deterministic: the same sources give the same corpus.
 */
public final class CorpusBuilder {
    /** Between the copies concatenated into a large report. */
    static final String SEPARATOR = "\n\n";
    /** A file name's last extension, dot included. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");

    private final List<Source> sources;
    private final ToIntFunction<String> tokenCounter;
    private final DocumentReader reader = DocumentReader.utf8().withMaxBytes(Integer.MAX_VALUE);

    /**
     * A source report.
     *
     * @param id     its id (file name without extension)
     * @param format how talkmine reads it
     * @param raw    its content
     */
    public record Source(String id, InputFormat format, String raw) {
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(raw, "raw");
        }
    }

    /**
     * @param sources      at least one report
     * @param tokenCounter counts the tokens of a plain text (the benchmark uses {@link TokenCounter})
     */
    public CorpusBuilder(List<Source> sources, ToIntFunction<String> tokenCounter) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source reports");
        }
        this.sources = List.copyOf(sources);
        this.tokenCounter = Objects.requireNonNull(tokenCounter, "tokenCounter");
    }

    /**
     * The sources: {@code seed}, then every report talkmine reads (.txt, .md, .html) in each of
     * {@code dirs}, recursively, sorted by path.
     */
    public static List<Source> sources(Path seed, List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        files.add(seed);
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + " is not a directory");
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> InputFormat.forFileName(p.getFileName().toString()).isPresent())
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            InputFormat format = InputFormat.forFileName(name)
                    .orElseThrow(() -> new IllegalArgumentException(f + ": not a .txt, .md or .html report"));
            try {
                out.add(new Source(EXTENSION.matcher(name).replaceFirst(""), format, Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Copy {@code k} of source {@code i}, rendered and counted. */
    BenchDoc copy(int i, int k) {
        return copy(i, k, true);
    }

    private BenchDoc copy(int i, int k, boolean count) {
        Source s = sources.get(i);
        String raw = Variator.vary(s.raw(), k);
        String id = k == 0 ? s.id() : s.id() + "~" + k;
        String text = reader.read(id, id, raw.getBytes(StandardCharsets.UTF_8), s.format()).text();
        return new BenchDoc(id, s.format(), raw, text, count ? tokenCounter.applyAsInt(text) : -1);
    }

    /**
     * Reports cycling through the sources (copy 0 of each, then copy 1 of each, ...) until they hold
     * at least {@code minTokens} tokens; at least one report.
     */
    public List<BenchDoc> corpus(long minTokens) {
        List<BenchDoc> out = new ArrayList<>();
        long tokens = 0;
        for (int n = 0; n == 0 || tokens < minTokens; n++) {
            BenchDoc d = copy(n % sources.size(), n / sources.size());
            if (d.tokens() == 0 && n >= sources.size()) {
                throw new IllegalArgumentException("the source reports hold no tokens");
            }
            out.add(d);
            tokens += d.tokens();
        }
        return out;
    }

    /**
     * One plain-text report of at least {@code minBytes} UTF-8 bytes: the rendered texts of
     * successive copies (as in {@link #corpus}) joined by blank lines, stopping at the first copy
     * that reaches the size (so it overshoots by less than one source report).
     */
    public BenchDoc largeReport(String id, long minBytes) {
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int n = 0; n == 0 || bytes < minBytes; n++) {
            String text = copy(n % sources.size(), n / sources.size(), false).text();
            if (n > 0) {
                sb.append(SEPARATOR);
                bytes += SEPARATOR.length();
            }
            sb.append(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        String text = sb.toString();
        return new BenchDoc(id, InputFormat.TXT, text, text, tokenCounter.applyAsInt(text));
    }
}
