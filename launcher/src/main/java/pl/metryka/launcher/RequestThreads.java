package pl.metryka.launcher;

import java.util.List;

/**
 * The number of threads that serve HTTP requests, as a pre-boot asadmin command: at most
 * {@code METRYKA_HTTP_THREADS}, by default {@value #DEFAULT} (Payara Micro's own default is 200).
 *
 * <p>Why a small pool: on a machine with few cores, more threads than requests being worked on only
 * queue for the CPU and for the locks they share. A thread is also held while a request's body is
 * read or a large answer written to a slow client; in production nginx buffers both
 * (deploy/nginx), so the instances see only fast local transfers. Exposed directly, 16 slow uploads
 * or downloads at once would hold every thread: raise the number, or put nginx in front.
 *
 * <p>Measured under 64 connections on 2 cores (docs/benchmarks.md): with Payara's default the JVM
 * grew ~260 threads, the cached document page fell to 448 requests/s and the connection pool (32)
 * ran dry; with 8 or 16 threads the same page served ~4,000/s with a p99 under 30 ms, and the
 * resident set stayed under 600 MiB. The pool stays below the database pool's 32 connections, so no
 * request waits for one.
 */
final class RequestThreads {

    static final int DEFAULT = 16;
    static final int MAX = 32;

    private RequestThreads() {}

    /** {@code METRYKA_HTTP_THREADS} as given (1-32), or the default. */
    static int count(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT;
        }
        int threads;
        try {
            threads = Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "METRYKA_HTTP_THREADS must be a whole number from 1 to " + MAX + ", not \"" + configured + "\"");
        }
        if (threads < 1 || threads > MAX) {
            throw new IllegalArgumentException("METRYKA_HTTP_THREADS must be from 1 to " + MAX
                    + " (the database pool has 32 connections), not " + threads);
        }
        return threads;
    }

    static List<String> commands(int threads) {
        String pool = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
        // the minimum first: Payara's is 2, which a maximum of 1 would be below
        return List.of(pool + "min-thread-pool-size=" + Math.min(2, threads), pool + "max-thread-pool-size=" + threads);
    }
}
