/**
 * talkmine turns conference reports into structured talks, speakers and entities.
 * Start at {@link dev.talkmine.Talkmine}; read inputs with {@code dev.talkmine.input.DocumentReader}
 * and write outputs with {@code dev.talkmine.output.BatchWriter}.
 *
 * <p><b>API.</b> Public and kept stable: the front door {@link dev.talkmine.Talkmine}, its
 * builder, {@link dev.talkmine.PipelineConfig} and the exceptions a caller handles. The API
 * packages are this one, {@code doc}, {@code input}, {@code output}, {@code overview},
 * {@code pipeline} and {@code spark}; every other package says it is internal.
 */
package dev.talkmine;
