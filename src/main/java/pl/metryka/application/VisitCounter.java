package pl.metryka.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;
import pl.metryka.infrastructure.persistence.MetrykaDataSource;

/**
 * Counts views of documents' public pages (liczba odwiedzin) without a row lock per view: each
 * view adds to an in-memory counter, and every few seconds the accumulated deltas go to the
 * database in one batch of {@code visits = visits + ?}, which stays exact with several instances.
 * A delta whose write fails is put back for the next flush; the last flush runs at shutdown.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitCounter {

    private static final Logger LOG = Logger.getLogger(VisitCounter.class.getName());

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Object flushing = new Object();

    @Resource(lookup = MetrykaDataSource.JNDI_NAME)
    private DataSource dataSource;

    public void recordVisit(long documentId) {
        pending.computeIfAbsent(documentId, id -> new LongAdder()).increment();
    }

    /** Views counted in memory and not yet written. */
    public long pendingVisits(long documentId) {
        LongAdder adder = pending.get(documentId);
        return adder == null ? 0 : adder.sum();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void flushPeriodically() {
        flush();
    }

    /** Writes every pending delta; returns how many views were written. */
    public long flush() {
        synchronized (flushing) {
            Map<Long, Long> deltas = new HashMap<>();
            pending.forEach((id, adder) -> {
                long delta = adder.sumThenReset();
                if (delta != 0) {
                    deltas.put(id, delta);
                }
            });
            if (deltas.isEmpty()) {
                return 0;
            }
            try {
                write(deltas);
                return deltas.values().stream().mapToLong(Long::longValue).sum();
            } catch (SQLException e) {
                deltas.forEach((id, delta) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(delta));
                LOG.warning("Visit counts not written yet (kept in memory, retrying): " + e.getMessage());
                return 0;
            }
        }
    }

    private void write(Map<Long, Long> deltas) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE document SET visits = visits + ? WHERE id = ?")) {
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<Long, Long> delta : deltas.entrySet()) {
                    update.setLong(1, delta.getValue());
                    update.setLong(2, delta.getKey());
                    update.addBatch();
                }
                update.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        long written = flush();
        LOG.info(() -> "Visit counter flushed at shutdown: " + written + " view(s).");
    }
}
