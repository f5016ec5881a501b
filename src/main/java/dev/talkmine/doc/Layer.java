package dev.talkmine.doc;

/** The annotation layers of a {@link Report}; stages declare which they need and which they add. */
public enum Layer {
    SENTENCES, CANDIDATES, MENTIONS, ENTITIES, STRUCTURE, SEGMENTS, TALKS, SUMMARIES, VERDICTS
}
