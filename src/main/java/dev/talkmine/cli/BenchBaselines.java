package dev.talkmine.cli;

import dev.talkmine.bench.Bench;
import dev.talkmine.bench.Side;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What {@code bench} measures talkmine against, and the JVMs both run in ({@code @Mixin}). */
final class BenchBaselines {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "WHICH", defaultValue = "both",
            description = "CoreNLP baseline(s): default, no-fine-grained, both or none (default: ${DEFAULT-VALUE}).")
    String baseline;

    /** The CoreNLP pipelines to run; bad usage for an unknown name. */
    List<Side> sides() {
        return switch (baseline) {
            case "default" -> List.of(Side.CORENLP_DEFAULT);
            case "no-fine-grained" -> List.of(Side.CORENLP_NO_FINE_GRAINED);
            case "both" -> List.of(Side.CORENLP_DEFAULT, Side.CORENLP_NO_FINE_GRAINED);
            case "none" -> List.of();
            default -> throw new ParameterException(spec.commandLine(),
                    "--baseline must be default, no-fine-grained, both or none, was " + baseline);
        };
    }

    @Option(names = "--jvm-opts", paramLabel = "FLAGS",
            description = "Flags of the forked JVMs (default: '-Xmx2g -XX:+UseParallelGC', as the talkmine script).")
    String jvmOpts;

    /** The flags of talkmine's JVMs. */
    List<String> jvmFlags() {
        return flags(jvmOpts, Bench.DEFAULT_JVM_FLAGS);
    }

    @Option(names = "--baseline-jvm-opts", paramLabel = "FLAGS",
            description = "Flags of the CoreNLP JVMs (default: those of --jvm-opts; CoreNLP's default pipeline"
                    + " spends much of its time in GC with a 2 GB heap, so give it e.g. '-Xmx4g -XX:+UseParallelGC').")
    String baselineJvmOpts;

    /** The flags of CoreNLP's JVMs: their own, else talkmine's. */
    List<String> baselineJvmFlags() {
        return flags(baselineJvmOpts, jvmFlags());
    }

    private static List<String> flags(String opts, List<String> otherwise) {
        return opts == null || opts.isBlank() ? otherwise : Arrays.asList(WHITESPACE.split(opts.trim()));
    }
}
