/**
 * Talk and non-talk passages: each unit of the structure layer is classified as opening a talk,
 * opening a non-talk passage or continuing, by a maximum-entropy model over the unit's cues, its
 * surroundings, the report's template and its list, decided for all units together (Viterbi).
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.segment;
