/** The immutable records talkmine reads and produces: documents, spans, mentions, entities, segments, talks. */
package dev.talkmine.doc;
