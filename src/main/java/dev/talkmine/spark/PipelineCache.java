package dev.talkmine.spark;

import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Talkmine} per JVM and configuration: every task that runs in an executor (and every
 * partition of every job) reuses the pipeline the first one built, since building loads the CoreNLP
 * model and the gazetteers (seconds, hundreds of MB of heap). A {@link Talkmine} is thread-safe, so
 * an executor's task threads share it. At most {@value #MAX_ENTRIES} configurations are kept; the
 * least recently used is dropped (a task still holding it keeps it alive until it finishes).
 */
final class PipelineCache {
    static final int MAX_ENTRIES = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PipelineCache.class);

    private static final Map<PipelineConfig, Talkmine> CACHE = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<PipelineConfig, Talkmine> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private static int builds;

    private PipelineCache() {
    }

    /**
     * The pipeline of {@code config}, built on first use in this JVM (its files resolved by
     * {@link ShippedFiles}). Concurrent callers wait for the one build.
     *
     * @param config the configuration
     * @return the shared pipeline
     * @throws dev.talkmine.ModelException when it cannot be built (not cached: the next call retries)
     */
    public static synchronized Talkmine get(PipelineConfig config) {
        Objects.requireNonNull(config, "config");
        Talkmine t = CACHE.get(config);
        if (t == null) {
            long t0 = System.nanoTime();
            t = config.builder(ShippedFiles::resolve).build();
            builds++;
            LOG.info("talkmine: built the pipeline in {} ms (build {} in this JVM, max heap {} MB)",
                    (System.nanoTime() - t0) / 1_000_000, builds, Runtime.getRuntime().maxMemory() >> 20);
            CACHE.put(config, t);
        }
        return t;
    }

    /**
     * How many pipelines this JVM has built (for tests and logs).
     *
     * @return the count since the JVM started
     */
    public static synchronized int builds() {
        return builds;
    }
}
