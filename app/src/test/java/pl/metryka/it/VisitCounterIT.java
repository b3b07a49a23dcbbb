package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.VisitCounter;
import pl.metryka.application.VisitStore;

/** Runs inside Payara Micro, against the real counter and the real database. */
@ExtendWith(ArquillianExtension.class)
class VisitCounterIT {

    @Inject
    private VisitCounter counter;

    @Inject
    private VisitStore store;

    @Resource(lookup = "java:app/jdbc/metryka")
    private DataSource dataSource;

    @Test
    void fiftyThreadsTimesAHundredViewsAreFiveThousandVisitsAfterTheFlush() throws Exception {
        long documentId = documentWithNothingPending();
        long before = visits(documentId);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> views = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            views.add(pool.submit(() -> {
                start.await();
                for (int v = 0; v < 100; v++) {
                    counter.recordVisit(documentId);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> view : views) {
            view.get();
        }
        pool.shutdown();
        counter.flush();

        assertEquals(before + 5000, visits(documentId));
        assertEquals(0, counter.pendingVisits(documentId));
    }

    /**
     * The counts were a column of the document's row: a flush waited for any transaction that held
     * the row (an edit being saved), up to the lock wait timeout, and every other count in its batch
     * with it. They have a table of their own now, and a flush goes through while the row is held.
     */
    @Test
    void aFlushDoesNotWaitForATransactionThatHoldsTheDocumentRow() throws Exception {
        long documentId = documentWithNothingPending();
        long before = visits(documentId);
        ExecutorService flusher = Executors.newSingleThreadExecutor();
        try (Connection editor = dataSource.getConnection();
                Statement lock = editor.createStatement()) {
            editor.setAutoCommit(false);
            // what saving an edit holds until it commits: the row, exclusively (and its version bumped)
            lock.executeUpdate("UPDATE document SET version = version WHERE id = " + documentId);
            counter.recordVisit(documentId);
            Future<Long> flush = flusher.submit(counter::flush);
            long started = System.nanoTime();
            long written = flush.get(20, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            editor.rollback();
            assertEquals(1, written);
            assertTrue(millis < 3_000, "the flush took " + millis + " ms behind the edit's lock");
        } finally {
            flusher.shutdownNow();
        }
        assertEquals(before + 1, visits(documentId));
    }

    /**
     * A retry of a batch whose commit went through unanswered (CI's stopping check: 40 views counted
     * twice after a SIGTERM) finds the batch's id, through the pool or on a connection of its own,
     * and adds nothing: with the application's own database rights.
     */
    @Test
    void aBatchRetriedAfterItsCommitIsAddedOnce() throws Exception {
        long documentId = documentWithNothingPending();
        long before = visits(documentId);
        UUID batch = UUID.randomUUID();

        assertTrue(store.add(batch, Map.of(documentId, 3L)));
        assertFalse(store.add(batch, Map.of(documentId, 3L)));
        assertFalse(store.addOnOwnConnection(batch, Map.of(documentId, 3L)));

        assertEquals(before + 3, visits(documentId));
        assertEquals(1, query("SELECT COUNT(*) FROM visit_flush WHERE batch_id = '" + batch + "'"));
    }

    @Test
    void aNewDocumentHasItsCountFromTheStart() throws Exception {
        assertEquals(
                0,
                query("SELECT COUNT(*) FROM document d LEFT JOIN document_visits v ON v.document_id = d.id"
                        + " WHERE v.document_id IS NULL"));
    }

    /** A published document, after a flush: its stored count is all of its views so far. */
    private long documentWithNothingPending() throws Exception {
        long documentId = query("SELECT MIN(id) FROM document WHERE status = 'PUBLISHED'");
        counter.flush();
        return documentId;
    }

    /** The document's count as stored, what is still pending in the counter not included. */
    private long visits(long documentId) throws Exception {
        return query("SELECT visits FROM document_visits WHERE document_id = " + documentId);
    }

    private long query(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
