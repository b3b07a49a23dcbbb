package pl.metryka.it;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap in use, every 5 ms on a thread of its own, while a test loads the server. Only
 * meaningful inside Payara Micro: the tests of this package that are not {@code @RunAsClient} run
 * there and so measure the server's own heap.
 */
final class HeapSampler {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicBoolean sampling = new AtomicBoolean(true);
    private final long before;
    private final AtomicLong peak;
    private final AtomicLong livePeak;
    private final Thread sampler;

    /**
     * Collects garbage, notes the heap in use and starts sampling. With {@code collectEvery} > 0,
     * every that many samples it collects again and samples what survived: the live peak, which
     * the peak itself hides among garbage.
     */
    static HeapSampler start(int collectEvery) {
        return new HeapSampler(collectEvery);
    }

    private HeapSampler(int collectEvery) {
        System.gc();
        before = used();
        peak = new AtomicLong(before);
        livePeak = new AtomicLong(before);
        sampler = new Thread(() -> {
            for (int tick = 1; sampling.get(); tick++) {
                peak.accumulateAndGet(used(), Math::max);
                if (collectEvery > 0 && tick % collectEvery == 0) {
                    System.gc();
                    livePeak.accumulateAndGet(used(), Math::max);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    void stop() throws InterruptedException {
        sampling.set(false);
        sampler.join();
    }

    /** The heap in use before sampling began, in bytes. */
    long before() {
        return before;
    }

    long peak() {
        return peak.get();
    }

    long livePeak() {
        return livePeak.get();
    }
}
