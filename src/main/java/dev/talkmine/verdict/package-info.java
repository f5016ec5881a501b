/**
 * The report author's verdict on each talk (positive, negative, mixed, neutral or none) with the
 * sentence that states it, read from the talk's own passage by a classifier over opinion features.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.verdict;
