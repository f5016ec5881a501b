package dev.talkmine.doc;

/**
 * The annotation layers of a {@link Report}, each one of its lists; stages declare which they read
 * ({@code requires}) and which they add ({@code produces}), and the pipeline holds them to it.
 */
public enum Layer {
    /** {@link Report#sentences}: sentences with their tokens. */
    SENTENCES,
    /** {@link Report#candidates}: spans proposed as mentions, with their features. */
    CANDIDATES,
    /** {@link Report#mentions}: the mentions the mention decision kept, names as written. */
    MENTIONS,
    /** {@link Report#entities}: canonical entities, each with its mentions. */
    ENTITIES,
    /** {@link Report#resolvedMentions}: the mentions renamed to their entities. */
    RESOLVED_MENTIONS,
    /** {@link Report#linkReasons}: why linking changed each resolved mention it changed. */
    LINK_REASONS,
    /** {@link Report#units}: the pieces that can open a passage, with their shapes. */
    STRUCTURE,
    /** {@link Report#segments}: talk and non-talk passages. */
    SEGMENTS,
    /** {@link Report#talks}: talks with their attributes. */
    TALKS,
    /** {@link Report#summaries}: one summary per talk. */
    SUMMARIES,
    /** {@link Report#verdicts}: one verdict per talk. */
    VERDICTS
}
