/**
 * The immutable records talkmine reads and produces: documents, spans, mentions, entities, segments, talks.
 *
 * <p><b>API.</b> Public and kept stable: the records a caller reads: the document, the report and its layers.
 */
package dev.talkmine.doc;
