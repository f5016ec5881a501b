package dev.talkmine.cli;

/** What the CLI's exit codes mean. */
final class ExitCodes {
    static final int OK = 0;
    static final int BUG = 1;
    static final int USAGE = 2;
    static final int MODEL = 3;
    static final int PARTIAL = 4;

    private ExitCodes() {
    }
}
