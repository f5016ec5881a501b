package dev.talkmine.cli;

import dev.talkmine.TalkmineException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The single place where the command line is wired: exit codes and error messages. */
final class Cli {
    private Cli() {
    }

    static CommandLine newCommandLine() {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TalkmineCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
        cl.setExitCodeExceptionMapper(e -> e instanceof TalkmineException t ? t.exitCode()
                : e instanceof picocli.CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.BUG);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("talkmine: " + e.getMessage());
            if (!(e instanceof TalkmineException) && !(e instanceof picocli.CommandLine.ParameterException)) {
                e.printStackTrace(cmd.getErr());
            }
            return cmd.getExitCodeExceptionMapper().getExitCode(e);
        });
        return cl;
    }
}
