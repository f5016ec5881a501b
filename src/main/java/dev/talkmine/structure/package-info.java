/**
 * The structure layer, made once per report: units (headings, list items, table rows, sentences
 * and clauses) and the shape of each (PERSON, ORG, TIME, QUOTED, separators, title-case runs), read
 * by every later stage instead of parsing lines again.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.structure;
