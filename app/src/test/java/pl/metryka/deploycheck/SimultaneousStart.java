package pl.metryka.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks that each get a thread of their own and wait for one signal, so that their requests really
 * overlap instead of trickling in as the threads happen to start.
 */
final class SimultaneousStart {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch start = new CountDownLatch(1);
    private final List<Future<?>> work = new ArrayList<>();
    private final long began = System.nanoTime();

    void add(Callable<?> task) {
        work.add(pool.submit(() -> {
            start.await();
            return task.call();
        }));
    }

    /** Lets every task go, waits for all of them (a task's exception is rethrown) and returns the seconds since creation. */
    double run() throws Exception {
        start.countDown();
        try {
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - began) / 1e9;
    }
}
