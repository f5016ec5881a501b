/**
 * talkmine turns conference reports into structured talks, speakers and entities.
 * Start at {@link dev.talkmine.Talkmine}; read inputs with {@code dev.talkmine.input.DocumentReader}
 * and write outputs with {@code dev.talkmine.output.BatchWriter}.
 */
package dev.talkmine;
