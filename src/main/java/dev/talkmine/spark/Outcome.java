package dev.talkmine.spark;

import java.io.Serializable;

/**
 * What one report became on an executor: its JSON line and CSV records (as the CLI renders them),
 * or the stage and reason of its failure. A plain serializable class (cached between the writes of
 * the outputs; Kryo handles it too).
 */
final class Outcome implements Serializable {
    private static final long serialVersionUID = 1L;
    final int order;
    final String id;
    final String file;
    /** The report's JSON on one line, or null when it failed. */
    final String json;
    /** CSV records of talks.csv, mentions.csv, entities.csv (CRLF-terminated), or null. */
    final String talks;
    final String mentions;
    final String entities;
    /** Where and why it failed, or null. */
    final String stage;
    final String reason;

    private Outcome(int order, String id, String file, String json, String talks, String mentions, String entities,
                    String stage, String reason) {
        this.order = order;
        this.id = id;
        this.file = file;
        this.json = json;
        this.talks = talks;
        this.mentions = mentions;
        this.entities = entities;
        this.stage = stage;
        this.reason = reason;
    }

    static Outcome ok(int order, String id, String file, String json, String talks, String mentions, String entities) {
        return new Outcome(order, id, file, json, talks, mentions, entities, null, null);
    }

    static Outcome failed(int order, String id, String file, String stage, String reason) {
        return new Outcome(order, id, file, null, null, null, null, stage, reason);
    }

    boolean isFailure() {
        return stage != null;
    }
}
