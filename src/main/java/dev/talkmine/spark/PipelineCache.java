package dev.talkmine.spark;

import dev.talkmine.Talkmine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Talkmine} per JVM and factory: every task that runs in an executor (and every
 * partition of every job) reuses the pipeline the first one built, since building loads the CoreNLP
 * model and the gazetteers (seconds, hundreds of MB of heap). A {@link Talkmine} is thread-safe, so
 * an executor's task threads share it. At most {@value #MAX_ENTRIES} configurations are kept; the
 * least recently used is dropped (a task still holding it keeps it alive until it finishes).
 */
public final class PipelineCache {
    static final int MAX_ENTRIES = 2;
    private static final Logger LOG = LoggerFactory.getLogger(PipelineCache.class);

    private static final Map<TalkmineFactory, Talkmine> CACHE = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<TalkmineFactory, Talkmine> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private static int builds;

    private PipelineCache() {
    }

    /**
     * The pipeline of {@code factory}, built on first use in this JVM. Concurrent callers wait for
     * the one build.
     *
     * @param factory the configuration
     * @return the shared pipeline
     * @throws dev.talkmine.ModelException when it cannot be built (not cached: the next call retries)
     */
    public static synchronized Talkmine get(TalkmineFactory factory) {
        Objects.requireNonNull(factory, "factory");
        Talkmine t = CACHE.get(factory);
        if (t == null) {
            long t0 = System.nanoTime();
            t = factory.build();
            builds++;
            LOG.info("talkmine: built the pipeline in {} ms (build {} in this JVM, max heap {} MB)",
                    (System.nanoTime() - t0) / 1_000_000, builds, Runtime.getRuntime().maxMemory() >> 20);
            CACHE.put(factory, t);
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
