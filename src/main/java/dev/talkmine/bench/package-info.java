/**
 * {@code talkmine bench}: throughput, start-up, memory and scaling of talkmine's full pipeline,
 * measured against CoreNLP's default English pipeline in the same run. Each side runs in its own
 * forked JVM (same classpath, same JVM flags) so that load time and heap numbers are its own. See
 * docs/performance.md.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.bench;
