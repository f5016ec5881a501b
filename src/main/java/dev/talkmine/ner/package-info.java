/**
 * Entity mentions: CoreNLP's CRF for people, organizations and locations; gazetteers and rules for
 * technologies and known organizations; overlap resolution between them.
 */
package dev.talkmine.ner;
