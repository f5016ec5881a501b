/**
 * Canonical entities: mentions grouped under one name each, with the reason for every merge.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.entity;
