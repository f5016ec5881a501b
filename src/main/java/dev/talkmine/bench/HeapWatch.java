package dev.talkmine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM: the peak of total heap used (sampled every millisecond, and the
 * exact total just before each GC, from GC notifications), and the peak of heap used just after a
 * GC (the live set). {@link #reset} starts a new phase; the pools' own peaks are reset too.
 */
final class HeapWatch implements AutoCloseable {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final NotificationListener listener = (n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            peak.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
            peakLive.accumulateAndGet(heapSum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        }
    };
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long heapSum(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (heapPoolNames.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    /** Heap used now. */
    static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap used after a full GC. */
    static long usedAfterGc() {
        System.gc();
        System.gc();
        return used();
    }

    /** Starts a new phase: forgets the peaks seen so far. */
    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peak.set(used());
        peakLive.set(0);
    }

    /** Peak total heap used in this phase. */
    long peak() {
        return Math.max(peak.get(), used());
    }

    /** Peak heap used just after a GC in this phase (0 when no GC ran). */
    long peakLive() {
        return peakLive.get();
    }

    /** Total GC time so far, in seconds. */
    static double gcSeconds() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum() / 1000.0;
    }

    /** This process's peak resident set size (Linux VmHWM), or -1 where unknown. */
    static long peakRss() {
        return ProcFiles.kilobytes(Path.of("/proc/self/status"), "VmHWM:");
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added
                }
            }
        }
    }
}
