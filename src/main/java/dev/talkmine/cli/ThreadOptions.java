package dev.talkmine.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads} of the commands that work on many reports at once ({@code @Mixin}). */
final class ThreadOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    /**
     * The number of threads: as given, else one per processor.
     *
     * @throws ParameterException when it is below 1 (exit code 2)
     */
    int count() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return n;
    }
}
