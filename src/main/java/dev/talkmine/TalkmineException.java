package dev.talkmine;

/**
 * Base of talkmine's own failures. Each kind carries the CLI exit code it maps to: 2 for bad input
 * or usage, 3 for a model or gazetteer problem, 4 for a report that failed in a stage.
 */
public abstract class TalkmineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected TalkmineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The CLI exit code for this failure. */
    public abstract int exitCode();
}
