package dev.talkmine;

import dev.talkmine.input.DocumentReader;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a run of talkmine is configured with besides its input: the models folder, extra
 * gazetteers, the input encoding and the largest report read. The CLI's commands and the Spark
 * runner build their {@link Talkmine} and {@link DocumentReader} from it, so a report gives the
 * same result whichever runs it.
 *
 * <p>A small serializable value: Spark ships it to the executors and keys its pipeline cache by it.
 * Files are names, not {@link Path}s, because they are resolved where the pipeline is built
 * ({@link #builder(Function)}).
 *
 * @param modelsDir  a folder that replaces the built-in model files ({@code --models-dir}), or null
 * @param gazetteers extra gazetteer files ({@code --gazetteer}), in order
 * @param encoding   the charset of reports without a byte-order mark ({@code --encoding})
 * @param maxBytes   the largest report read, in bytes ({@code --max-size})
 */
public record PipelineConfig(String modelsDir, List<String> gazetteers, String encoding, long maxBytes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the values, so that a typo fails before any model is loaded.
     *
     * @throws IllegalArgumentException on an unknown charset or a limit that is not positive
     */
    public PipelineConfig {
        gazetteers = List.copyOf(gazetteers);
        Objects.requireNonNull(encoding, "encoding");
        Charset.forName(encoding);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** The defaults: built-in models and gazetteers, UTF-8, {@link DocumentReader#DEFAULT_MAX_BYTES}. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(null, List.of(), StandardCharsets.UTF_8.name(), DocumentReader.DEFAULT_MAX_BYTES);
    }

    /** This configuration reading the model files from {@code dir} (null: from the jar). */
    public PipelineConfig withModelsDir(String dir) {
        return new PipelineConfig(dir, gazetteers, encoding, maxBytes);
    }

    /** This configuration with one more gazetteer, after the others. */
    public PipelineConfig withGazetteer(String file) {
        List<String> all = new ArrayList<>(gazetteers);
        all.add(Objects.requireNonNull(file, "file"));
        return new PipelineConfig(modelsDir, all, encoding, maxBytes);
    }

    /** This configuration reading reports without a byte-order mark in {@code charset}. */
    public PipelineConfig withEncoding(String charset) {
        return new PipelineConfig(modelsDir, gazetteers, charset, maxBytes);
    }

    /** This configuration reading reports of at most {@code bytes}. */
    public PipelineConfig withMaxBytes(long bytes) {
        return new PipelineConfig(modelsDir, gazetteers, encoding, bytes);
    }

    /** A builder configured with the models folder and gazetteers, as local paths (add {@code untrained()} etc.). */
    public Talkmine.Builder builder() {
        return builder(Path::of);
    }

    /**
     * A builder configured with the models folder and gazetteers, each file name turned into a
     * path by {@code resolve} (Spark looks for files shipped with the job).
     */
    public Talkmine.Builder builder(Function<String, Path> resolve) {
        Talkmine.Builder b = Talkmine.builder();
        if (modelsDir != null) {
            b.modelsDir(resolve.apply(modelsDir));
        }
        gazetteers.forEach(g -> b.gazetteer(resolve.apply(g)));
        return b;
    }

    /**
     * Loads the models and builds the pipeline: seconds and hundreds of MB, so once per process.
     *
     * @throws ModelException when a model or gazetteer is missing or malformed
     */
    public Talkmine build() {
        return builder().build();
    }

    /** The reader of reports with this encoding and limit. Cheap and thread-safe. */
    public DocumentReader reader() {
        return DocumentReader.withCharset(Charset.forName(encoding)).withMaxBytes(maxBytes);
    }
}
