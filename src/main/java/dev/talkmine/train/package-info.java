/**
 * Training every learned model from gold annotations ({@code talkmine train}) and
 * leave-one-report-out cross-validation ({@code talkmine eval --cv}).
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.train;
