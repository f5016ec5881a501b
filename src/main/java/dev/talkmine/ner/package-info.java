/**
 * Entity mentions: CoreNLP's CRF for people, organizations and locations; gazetteers and rules for
 * technologies and known organizations; overlap resolution between them.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.ner;
