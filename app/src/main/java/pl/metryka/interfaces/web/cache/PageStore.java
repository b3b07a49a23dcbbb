package pl.metryka.interfaces.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.BulletinHead;
import pl.metryka.application.BulletinHead.Position;

/**
 * The kept pages, bounded by their total bytes ({@code metryka.page-cache.max-mb}, default 64: a
 * crawler walking every page cannot grow the heap past it), and the register head they are
 * checked against.
 *
 * <p>Freshness: a request may use only a head read that <em>started after it arrived</em>, so a
 * change committed on any instance before a request arrived is always seen. Concurrent arrivals
 * share one read: while one is in flight, later arrivals wait for the next one, which starts when
 * it ends (at most one running and one waiting). When the head moves from A to B the pages that
 * depend on the whole bulletin go, and every page of a document with an entry in (A, B]; kept
 * versions of other documents stay. Two reads start at least {@link #MIN_GAP_NANOS} apart: under
 * load a read is always in flight, and reads back to back cost the database and this server a
 * round trip each for a handful of requests; spaced, each serves more requests for at most that
 * much more wait (a lone request, long after the last read, waits for nothing). A head that went
 * back, or whose history differs (a restored database), empties the cache.
 */
@ApplicationScoped
public class PageStore {

    private static final Logger LOG = Logger.getLogger(PageStore.class.getName());
    /** The least time between the starts of two reads of the head: 1 ms. */
    static final long MIN_GAP_NANOS = 1_000_000;

    @Inject
    private BulletinHead bulletin;

    @Inject
    @ConfigProperty(name = "metryka.page-cache.max-mb", defaultValue = "64")
    private long maxMegabytes;

    private Cache<String, CachedPage> pages;
    private long maxBytes;
    private final Object probing = new Object();
    private final Object purging = new Object();
    private Probe running;
    private Probe waiting;
    private long lastStart = System.nanoTime() - MIN_GAP_NANOS;
    private volatile Position head;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public PageStore() {}

    /** For tests without a container. */
    PageStore(BulletinHead bulletin, long maxBytes) {
        this.bulletin = bulletin;
        this.maxMegabytes = 0;
        start(maxBytes);
    }

    @PostConstruct
    void start() {
        start(maxMegabytes * 1024 * 1024);
    }

    private void start(long bytes) {
        maxBytes = bytes;
        pages = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(bytes)
                .weigher((String key, CachedPage page) -> page.weight() + 2 * key.length())
                .build();
    }

    private static final class Probe {
        final CompletableFuture<Position> result = new CompletableFuture<>();
        long startedAt;
    }

    /** The register head as read by a query that started after {@code arrivedAt} (System.nanoTime()). */
    public Position freshHead(long arrivedAt) {
        Probe probe;
        Probe before = null;
        boolean mine = false;
        synchronized (probing) {
            if (running != null && running.startedAt - arrivedAt > 0) {
                probe = running;
            } else if (waiting != null) {
                probe = waiting;
            } else if (running == null || running.result.isDone()) {
                probe = new Probe();
                probe.startedAt = nextStart();
                running = probe;
                mine = true;
            } else {
                probe = new Probe();
                waiting = probe;
                before = running;
                mine = true;
            }
        }
        if (mine) {
            if (before != null) {
                try {
                    before.result.join();
                } catch (CompletionException ignored) {
                    // its own waiters see the failure; this probe runs anyway
                }
                synchronized (probing) {
                    probe.startedAt = nextStart();
                    running = probe;
                    waiting = null;
                }
            }
            // those who arrive before it starts share it: it must not start sooner
            waitUntil(probe.startedAt);
            try {
                Position now = bulletin.current();
                advanceTo(now);
                probe.result.complete(now);
            } catch (RuntimeException e) {
                probe.result.completeExceptionally(e);
            } catch (Error e) {
                // every later arrival waits for this probe: it must end, whatever went wrong
                probe.result.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return probe.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Now, or {@link #MIN_GAP_NANOS} after the last read started; called holding {@code probing}. */
    private long nextStart() {
        long now = System.nanoTime();
        long earliest = lastStart + MIN_GAP_NANOS;
        lastStart = earliest - now > 0 ? earliest : now;
        return lastStart;
    }

    /** Even when interrupted: a read started early could be older than a request that joined it. */
    private static void waitUntil(long start) {
        long left;
        while ((left = start - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private void advanceTo(Position now) {
        synchronized (purging) {
            Position before = head;
            if (now.equals(before)) {
                return;
            }
            if (before == null) {
                pages.invalidateAll();
            } else if (now.seq() < before.seq()
                    || (before.seq() > 0
                            && !bulletin.entryHash(before.seq())
                                    .map(before.hash()::equals)
                                    .orElse(false))) {
                LOG.warning(
                        "Page cache: the register no longer continues the one the pages were made at (restored?); emptied");
                pages.invalidateAll();
            } else {
                BulletinHead.Changes changed = bulletin.changedBetween(before.seq(), now.seq());
                if (changed.wholeBulletin()) {
                    // a category, the podmiot or a statutory page: every page's menu, header or footer
                    pages.invalidateAll();
                } else {
                    pages.asMap()
                            .values()
                            .removeIf(p -> p.scope().kind() != PageCache.Kind.IMMUTABLE
                                    || changed.documents().contains(p.scope().documentId()));
                }
            }
            head = now;
        }
    }

    /** The kept page, if it is still right at {@code now}. */
    CachedPage get(String key, Position now) {
        CachedPage page = pages.getIfPresent(key);
        if (page == null
                || (page.scope().kind() != PageCache.Kind.IMMUTABLE
                        && !page.head().equals(now))) {
            misses.increment();
            return null;
        }
        hits.increment();
        return page;
    }

    /** Keeps the page unless the head has moved since it was rendered (it may show what a purge removed). */
    void put(String key, CachedPage page) {
        if (page.weight() > largestKept()) {
            return;
        }
        synchronized (purging) {
            if (Objects.equals(head, page.head())) {
                pages.put(key, page);
            }
        }
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    /** The kept pages' total weight in bytes (after pending evictions). */
    public long weightedSize() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The largest page worth keeping; a larger answer is not even buffered. */
    int largestKept() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / 8);
    }

    public long size() {
        return pages.estimatedSize();
    }
}
