package dev.talkmine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code talkmine}: the top-level command; work is done by its subcommands. */
@Command(name = "talkmine", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Turns conference reports into tagged talks, speakers and entities (CSV and JSON).",
        subcommands = {RunCommand.class, ExplainCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
            picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report processed", "1:unexpected error (a bug: please report it)",
            "2:bad usage or unreadable input", "3:model or gazetteer missing or malformed",
            "4:finished, but some reports failed (see errors.csv)"})
final class TalkmineCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand, e.g. 'talkmine run input/'");
    }
}
