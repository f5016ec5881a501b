package dev.talkmine.cli;

/** The {@code talkmine} command's entry point. */
public final class Main {
    private Main() {
    }

    /** Runs the CLI and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(Cli.newCommandLine().execute(args));
    }
}
