package dev.talkmine;

/** A model or gazetteer is missing or malformed; the message names the file (and line). Exit code 3. */
public final class ModelException extends TalkmineException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message, null);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 3;
    }
}
