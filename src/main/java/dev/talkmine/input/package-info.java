/**
 * Reading reports: bytes to a {@link dev.talkmine.doc.Document}.
 *
 * <p>{@link dev.talkmine.input.DocumentReader} is the entry point. It decodes strictly (a wrong
 * encoding is an error, never silent mojibake), then gives each format its plain text and its
 * {@link dev.talkmine.doc.Block blocks}:
 *
 * <ul>
 *   <li>plain text is kept exactly as decoded, so offsets point into the user's file; its
 *       structure is guessed from the layout of its lines;
 *   <li>Markdown and HTML are rendered to plain text in the shape of the corpus files: one line per
 *       heading, paragraph, list item ({@code - } or {@code N. } marker) or table row, blank lines
 *       between blocks, markup and link targets dropped.
 * </ul>
 *
 * <p><b>API.</b> Public and kept stable: {@link dev.talkmine.input.DocumentReader}; the renderers behind it are package-private.
 */
package dev.talkmine.input;
