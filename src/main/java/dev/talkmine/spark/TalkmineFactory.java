package dev.talkmine.spark;

import dev.talkmine.Talkmine;
import dev.talkmine.input.DocumentReader;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkFiles;

/**
 * The pipeline's configuration: the one thing that crosses the wire to the executors, where
 * {@link PipelineCache} turns it into a {@link Talkmine} once per JVM. A value (equal factories
 * build equal pipelines), so it is also the cache key.
 *
 * <p>Files are resolved on the executor: a path that exists there is used as is; otherwise its
 * file name is looked up among the files shipped with {@code spark-submit --files}
 * ({@link SparkFiles#get}). So {@code --files our-products.tsv --gazetteer our-products.tsv} works
 * on any cluster, and a path on a shared file system works too.
 *
 * @param modelsDir  a directory that replaces the built-in gazetteers ({@code --models-dir}), or null
 * @param gazetteers extra gazetteer files ({@code --gazetteer}), in order
 * @param encoding   the charset of reports without a byte-order mark ({@code --encoding})
 * @param maxBytes   the largest report accepted, in bytes
 */
public record TalkmineFactory(String modelsDir, List<String> gazetteers, String encoding, long maxBytes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the values (the charset must be known here too, so a typo fails on the driver).
     *
     * @throws IllegalArgumentException on an unknown charset or a non-positive limit
     */
    public TalkmineFactory {
        gazetteers = List.copyOf(gazetteers);
        Objects.requireNonNull(encoding, "encoding");
        Charset.forName(encoding);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /**
     * The CLI's defaults: built-in gazetteers, UTF-8, {@link DocumentReader#DEFAULT_MAX_BYTES}.
     *
     * @return the default factory
     */
    public static TalkmineFactory defaults() {
        return new TalkmineFactory(null, List.of(), StandardCharsets.UTF_8.name(), DocumentReader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param dir the models directory, or null for the built-in gazetteers
     * @return a factory like this one with that directory
     */
    public TalkmineFactory withModelsDir(String dir) {
        return new TalkmineFactory(dir, gazetteers, encoding, maxBytes);
    }

    /**
     * @param file a gazetteer to add after the others
     * @return a factory like this one with one more gazetteer
     */
    public TalkmineFactory withGazetteer(String file) {
        List<String> l = new ArrayList<>(gazetteers);
        l.add(Objects.requireNonNull(file, "file"));
        return new TalkmineFactory(modelsDir, l, encoding, maxBytes);
    }

    /**
     * @param charset the charset of reports without a byte-order mark
     * @return a factory like this one with that encoding
     */
    public TalkmineFactory withEncoding(String charset) {
        return new TalkmineFactory(modelsDir, gazetteers, charset, maxBytes);
    }

    /**
     * @param bytes the largest report accepted
     * @return a factory like this one with that limit
     */
    public TalkmineFactory withMaxBytes(long bytes) {
        return new TalkmineFactory(modelsDir, gazetteers, encoding, bytes);
    }

    /**
     * Loads the models and builds the pipeline (seconds, hundreds of MB): call it through
     * {@link PipelineCache#get}, not per record.
     *
     * @return a new pipeline
     * @throws dev.talkmine.ModelException when a model or gazetteer is missing or malformed
     */
    public Talkmine build() {
        Talkmine.Builder b = Talkmine.builder();
        if (modelsDir != null) {
            b.modelsDir(resolve(modelsDir));
        }
        for (String g : gazetteers) {
            b.gazetteer(resolve(g));
        }
        return b.build();
    }

    /**
     * The reader of the CLI with this encoding and limit. Cheap and thread-safe.
     *
     * @return the reader
     */
    public DocumentReader reader() {
        return DocumentReader.withCharset(Charset.forName(encoding)).withMaxBytes(maxBytes);
    }

    /** The path itself when it exists here, else the file of that name shipped with --files, else the path. */
    static Path resolve(String file) {
        Path p = Path.of(file);
        if (Files.exists(p)) {
            return p;
        }
        Path name = p.getFileName();
        if (name != null) {
            try {
                Path shipped = Path.of(SparkFiles.get(name.toString()));
                if (Files.exists(shipped)) {
                    return shipped;
                }
            } catch (RuntimeException e) {
                // no SparkContext or SparkEnv in this JVM: only local paths
            }
        }
        return p; // the pipeline's own error names it
    }
}
