package dev.talkmine.cli;

import dev.talkmine.InputException;
import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.learn.Models;
import dev.talkmine.internal.AtomicFile;
import dev.talkmine.train.Corpus;
import dev.talkmine.train.Example;
import dev.talkmine.train.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code talkmine train}: rebuilds the learned models from annotated reports. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains talkmine's learned decisions (talk starts, ...) on annotated reports"
            + " (<report>.gold.json beside each report) and writes them to DIR/learned/."
            + " Deterministic: the same reports give the same model files. See docs/evaluation.md.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "A folder of gold annotations with their reports; repeatable (a report's plain text"
                    + " and its Markdown source in two folders count as one report).")
    List<Path> gold = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "models",
            description = "Where to write the models (default: ${DEFAULT-VALUE}; they go to DIR/learned/).")
    Path output;

    @Mixin
    ThreadOptions threads;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        int n = threads.count();
        List<Example> examples;
        Talkmine talkmine = PipelineConfig.defaults().builder().untrained().build();
        try {
            examples = Corpus.load(gold, talkmine, n);
        } catch (InputException e) {
            err.println("talkmine: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Trainer trainer = Trainer.of(examples, talkmine.lexicon());
        Models models = trainer.train();
        Files.createDirectories(output.resolve("learned"));
        for (String name : models.names()) {
            AtomicFile.write(output.resolve(name), out -> models.get(name).write(out));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("trained on %d reports (%d files)%n", examples.stream().map(Example::group).distinct().count(), examples.size());
        models.names().forEach(model -> out.printf("  %s%n", output.resolve(model)));
        out.flush();
        return ExitCodes.OK;
    }
}
