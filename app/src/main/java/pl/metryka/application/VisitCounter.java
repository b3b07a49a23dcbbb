package pl.metryka.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;

/**
 * Counts views of documents' public pages (liczba odwiedzin) without a row lock per view: each
 * view adds to an in-memory counter, and every few seconds the accumulated deltas go to the
 * database in one batch of {@code visits = visits + ?}, which stays exact with several instances.
 * A batch that certainly was not written is put back for the next flush; one whose commit may
 * have gone through (its answer was lost) is retried as it is, under its id, which the store adds
 * at most once: a view is never counted twice. The last flush runs when the
 * application stops and, should the server skip that on a signal, from a JVM shutdown hook on a
 * connection of its own (the pool may already be gone then; the database is not).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitCounter {

    private static final Logger LOG = Logger.getLogger(VisitCounter.class.getName());
    private static final int MAX_KEPT_COUNTS = 100_000;

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    // what the database held for a document at this instance's last flush (or first read), plus the
    // deltas this instance has committed since: with "pending" it is the exact count, without a query per view
    private final ConcurrentHashMap<Long, Long> storedCounts = new ConcurrentHashMap<>();
    /** Documents whose count was shown since the last refresh: only these are re-read at a flush. */
    private final Set<Long> shownSinceRefresh = ConcurrentHashMap.newKeySet();

    /**
     * Batches whose commit may have gone through although its answer was lost: retried under the
     * same id until the store confirms them, never merged into {@code pending} (a new id would count
     * them again). Until then they are shown as not yet written, which over-counts the page's
     * figure for as long as the database cannot be reached; the stored count is exact.
     */
    private final List<Batch> unconfirmed = new CopyOnWriteArrayList<>();

    private record Batch(UUID id, Map<Long, Long> deltas) {
        long views() {
            return deltas.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private interface BatchWriter {
        boolean write(UUID batch, Map<Long, Long> deltas);
    }

    private final Object flushing = new Object();
    // a flush holds the write lock from taking the deltas until their commit, so a reader of
    // "stored + pending" never sees the deltas in neither place (or in both)
    private final ReadWriteLock stored = new ReentrantReadWriteLock();

    @Inject
    private VisitStore store;

    @Inject
    private CrawlerDetection crawlers;

    private Thread exitFlush;
    /** When the last flush ended with nothing left to write; the metrics report the time since. */
    private volatile Instant lastSuccessfulFlush = Instant.now();

    @PostConstruct
    void flushAlsoAtJvmExit() {
        exitFlush = new Thread(this::flushOnOwnConnection, "metryka-visit-flush");
        Runtime.getRuntime().addShutdownHook(exitFlush);
    }

    public void recordVisit(long documentId) {
        pending.computeIfAbsent(documentId, id -> new LongAdder()).increment();
    }

    /**
     * Counts the view if it is a person's visit; returns whether it counted. Liczba odwiedzin counts
     * people: a GET by a browser. Not counted: HEAD (and any other method), a speculative load
     * (prefetch, prerender, preview: the reader may never open the page), a request without a
     * User-Agent (every browser sends one) and one whose User-Agent the crawler detection names
     * an automated client. /instrukcja tells readers the same.
     */
    public boolean recordVisit(long documentId, PageView view) {
        if (!countsAsVisit(view)) {
            return false;
        }
        recordVisit(documentId);
        return true;
    }

    public boolean countsAsVisit(PageView view) {
        return "GET".equals(view.method())
                && !view.speculative()
                && view.userAgent() != null
                && !view.userAgent().isBlank()
                && !crawlers.isCrawler(view.userAgent());
    }

    /** Views counted in memory and not yet written (or not yet confirmed written). */
    public long pendingVisits(long documentId) {
        LongAdder adder = pending.get(documentId);
        long counted = adder == null ? 0 : adder.sum();
        for (Batch batch : unconfirmed) {
            counted += batch.deltas().getOrDefault(documentId, 0L);
        }
        return counted;
    }

    /**
     * The count to show: what is stored plus what this instance has not written yet, read together
     * so that a flush in between cannot hide or double the delta it is writing. The stored part is
     * kept in memory (read from the database the first time, then kept exact by this instance's
     * flushes and refreshed from the database at each flush, which brings in other instances'
     * views): a view on this instance shows at once, and no view costs a query.
     */
    public long shownVisits(long documentId) {
        stored.readLock().lock();
        try {
            shownSinceRefresh.add(documentId);
            Long known = storedCounts.get(documentId);
            long storedCount = known != null ? known : readStored(documentId);
            return storedCount + pendingVisits(documentId);
        } finally {
            stored.readLock().unlock();
        }
    }

    private long readStored(long documentId) {
        if (storedCounts.size() >= MAX_KEPT_COUNTS) {
            storedCounts.clear(); // a crawler walking every document: start over rather than grow
        }
        long value = store.stored(documentId);
        storedCounts.put(documentId, value);
        return value;
    }

    /** Re-reads the kept stored counts (other instances' views); on failure forgets them, to be read again. */
    private void refreshStored() {
        // only what readers asked for since the last refresh; the rest is forgotten, read again when shown
        List<Long> ids = new ArrayList<>(shownSinceRefresh);
        shownSinceRefresh.removeAll(ids);
        storedCounts.keySet().retainAll(new HashSet<>(ids));
        try {
            storedCounts.putAll(store.stored(ids));
        } catch (VisitStore.Unavailable e) {
            storedCounts.clear();
            LOG.warning("Visit counts not refreshed (read again when shown): " + describe(e));
        }
    }

    /** Views counted in memory and not yet written (or not yet confirmed written), over all documents. */
    public long pendingVisits() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum()
                + unconfirmed.stream().mapToLong(Batch::views).sum();
    }

    public Instant lastSuccessfulFlush() {
        return lastSuccessfulFlush;
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void flushPeriodically() {
        flush();
    }

    /** Writes every pending delta; returns how many views were written. */
    public long flush() {
        synchronized (flushing) {
            long written = flush(store::add);
            // outside the write lock, so that pages showing a count never wait for it: no flush of this
            // instance can run meanwhile (this holds `flushing`), and the database already holds every
            // delta this instance has flushed, so stored + pending stays exact whichever value a reader sees
            refreshStored();
            return written;
        }
    }

    void flushOnOwnConnection() {
        long written = flush(store::addOnOwnConnection);
        if (written > 0) {
            System.err.println("Metryka: " + written + " visit(s) written at JVM exit.");
        }
        long left = pendingVisits();
        if (left > 0) {
            // the server's log may already be closed: said where the operator sees it
            System.err.println(
                    "Metryka: " + left + " visit(s) could not be written at JVM exit (database unreachable).");
        }
    }

    private long flush(BatchWriter writer) {
        synchronized (flushing) {
            stored.writeLock().lock();
            try {
                return flushLocked(writer);
            } finally {
                stored.writeLock().unlock();
            }
        }
    }

    /** The unconfirmed batches first, oldest first, then a new one of the pending deltas; stops at the first failure. */
    private long flushLocked(BatchWriter writer) {
        List<Batch> batches = new ArrayList<>(unconfirmed);
        Map<Long, Long> deltas = new HashMap<>();
        pending.forEach((id, adder) -> {
            long delta = adder.sumThenReset();
            if (delta != 0) {
                deltas.put(id, delta);
            }
        });
        Batch fresh = deltas.isEmpty() ? null : new Batch(UUID.randomUUID(), deltas);
        if (fresh != null) {
            batches.add(fresh);
        }
        long written = 0;
        for (Batch batch : batches) {
            try {
                if (!writer.write(batch.id(), batch.deltas())) {
                    LOG.info(() -> "Visit batch " + batch.id() + " was already written by an attempt whose answer"
                            + " was lost: not added again (" + batch.views() + " view(s)).");
                }
            } catch (VisitStore.Unavailable e) {
                if (batch == fresh && e.maybeWritten()) {
                    unconfirmed.add(fresh);
                } else if (fresh != null) {
                    // certainly not written (or not tried): back with the views counted meanwhile, a new id later
                    fresh.deltas()
                            .forEach((id, delta) -> pending.computeIfAbsent(id, k -> new LongAdder())
                                    .add(delta));
                }
                LOG.warning("Visit counts not written yet (kept in memory, retrying): " + describe(e));
                return written;
            }
            unconfirmed.remove(batch);
            // in the database now, whichever attempt put it there
            batch.deltas().forEach((id, delta) -> storedCounts.computeIfPresent(id, (k, count) -> count + delta));
            written += batch.views();
        }
        lastSuccessfulFlush = Instant.now();
        return written;
    }

    /** The store's message and its cause's (the driver's reason), for a one-line warning. */
    private static String describe(VisitStore.Unavailable e) {
        return e.getCause() == null
                ? e.getMessage()
                : e.getMessage() + ": " + e.getCause().getMessage();
    }

    @PreDestroy
    void flushOnShutdown() {
        long written = flush();
        LOG.info(() -> "Visit counter flushed at shutdown: " + written + " view(s).");
        try {
            Runtime.getRuntime().removeShutdownHook(exitFlush);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs too; with nothing pending it writes nothing
        }
    }
}
