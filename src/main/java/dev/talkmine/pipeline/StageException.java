package dev.talkmine.pipeline;

import dev.talkmine.TalkmineException;

/** A stage failed on one report. Carries the report id and stage name. */
public final class StageException extends TalkmineException {
    private static final long serialVersionUID = 1L;
    private final String documentId;
    private final String stage;

    public StageException(String documentId, String stage, Throwable cause) {
        super(documentId + ": stage '" + stage + "' failed: " + cause, cause);
        this.documentId = documentId;
        this.stage = stage;
    }

    /** The report that failed. */
    public String documentId() {
        return documentId;
    }

    /** The stage that failed. */
    public String stage() {
        return stage;
    }

    @Override
    public int exitCode() {
        return 4;
    }
}
