package dev.talkmine.cli;

import dev.talkmine.PipelineConfig;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every command that runs the pipeline ({@code @Mixin}): which model files it loads
 * and how it reads reports. Declared once, so {@code run}, {@code explain}, {@code eval} and
 * {@link dev.talkmine.spark.SparkMain} build the same pipeline from the same words. Public only for
 * {@code SparkMain}; not an API.
 */
public final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "An extra gazetteer TSV (name, type, category, aliases, ambiguous); repeatable; overrides built-in entries.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--models-dir", paramLabel = "DIR", description = "Read the built-in gazetteers from DIR instead of the jar.")
    Path modelsDir;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of the input files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", converter = Units.SizeConverter.class,
            description = "Largest report read, e.g. 20MB, 512KB (binary units; default: ${DEFAULT-VALUE}); a larger one is an error row.")
    long maxSize;

    /**
     * The configuration these options give.
     *
     * @throws ParameterException on an unknown charset (exit code 2)
     */
    public PipelineConfig config() {
        try {
            Charset.forName(encoding);
        } catch (IllegalArgumentException e) { // unknown or not even a valid name
            throw new ParameterException(spec.commandLine(), "--encoding: unknown charset '" + encoding + "'");
        }
        PipelineConfig config = PipelineConfig.defaults().withEncoding(encoding).withMaxBytes(maxSize)
                .withModelsDir(modelsDir == null ? null : modelsDir.toString());
        for (Path g : gazetteers) {
            config = config.withGazetteer(g.toString());
        }
        return config;
    }
}
