package dev.talkmine;

/** An input could not be read or decoded; the message names the file and says why. Exit code 2 (4 in a batch). */
public final class InputException extends TalkmineException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message, null);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
