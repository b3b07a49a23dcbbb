package pl.metryka.it;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;

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
    private volatile String atLivePeak = "";

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
                    long live = used();
                    if (live > livePeak.get()) {
                        livePeak.set(live);
                        atLivePeak = whatHoldsTheHeap();
                    }
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

    /**
     * The largest classes on the heap (a class histogram, after the collection it makes) and what
     * the server's threads were doing: said when a live peak is over its bound, so that a failure
     * names what held the memory rather than only how much.
     */
    private static String whatHoldsTheHeap() {
        StringBuilder said = new StringBuilder();
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            histogram.lines().limit(10).forEach(line -> said.append(line).append('\n'));
        } catch (JMException e) {
            said.append("no class histogram: ").append(e).append('\n');
        }
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            List<StackTraceElement> ours = Arrays.stream(frames)
                    .filter(f -> f.getClassName().startsWith("pl.metryka.")
                            || f.getClassName().startsWith("org.mariadb.")
                            || f.getClassName().startsWith("org.apache.lucene."))
                    .limit(4)
                    .toList();
            if (!ours.isEmpty()
                    && !thread.getName().equals(Thread.currentThread().getName())) {
                said.append(thread.getName()).append(": ").append(ours).append('\n');
            }
        });
        return said.toString();
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

    /** Classes and threads when the live peak was measured (empty if it was the first measure). */
    String atLivePeak() {
        return atLivePeak;
    }
}
