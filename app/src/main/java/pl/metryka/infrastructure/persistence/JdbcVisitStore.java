package pl.metryka.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.Driver;
import pl.metryka.application.VisitStore;

/**
 * The view counts in {@code document_visits}, over plain JDBC rather than JPA: an increment must
 * not load the document. The table is the counter's alone (schema V21), so a flush never waits for
 * an edit that holds the document's row; its rows are made with the documents, by a trigger, and
 * only ever UPDATEd here (an INSERT's foreign-key check would lock the document row again).
 * Each batch inserts its id into {@code visit_flush} in the same transaction (schema V23): a retry
 * of a batch whose commit went through unanswered finds the id and adds nothing.
 *
 * <p>Dependent, not application scoped: the counter's JVM exit hook calls this object directly,
 * after the CDI contexts (and a proxy's way to the bean) may already be gone.
 */
@Dependent
public class JdbcVisitStore implements VisitStore {

    private static final Logger LOG = Logger.getLogger(JdbcVisitStore.class.getName());
    private static final int IDS_PER_QUERY = 500;
    /** How long a batch's id is kept: far longer than any instance keeps retrying one. */
    private static final int KEEP_BATCH_IDS_DAYS = 7;
    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_KEY = 1062;

    private static final AtomicLong nextCleanup = new AtomicLong();

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ApplicationAccount account;

    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    @Override
    public long stored(long documentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT visits FROM document_visits WHERE document_id = ?")) {
            query.setLong(1, documentId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new Unavailable("Visit count of document " + documentId + " could not be read", e);
        }
    }

    @Override
    public Map<Long, Long> stored(Collection<Long> documentIds) {
        List<Long> ids = new ArrayList<>(documentIds);
        Map<Long, Long> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT document_id, visits FROM document_visits WHERE document_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new Unavailable("Visit counts could not be read", e);
        }
    }

    @Override
    public boolean add(UUID batch, Map<Long, Long> deltas) {
        return add(batch, deltas, dataSource::getConnection);
    }

    @Override
    public boolean addOnOwnConnection(UUID batch, Map<Long, Long> deltas) {
        Properties credentials = new Properties();
        credentials.setProperty("user", account.user());
        credentials.setProperty("password", account.password());
        return add(batch, deltas, () -> new Driver().connect(account.url(), credentials));
    }

    /**
     * A document whose count row is missing (it can only be made by document's trigger, which a
     * database administrator may have dropped) loses the views added to it: said, not hidden.
     */
    private static void warnOfMissingRows(Map<Long, Long> deltas, int[] updated) {
        int i = 0;
        for (Map.Entry<Long, Long> delta : deltas.entrySet()) {
            if (i < updated.length && updated[i] == 0) {
                LOG.warning("Document " + delta.getKey() + " has no row in document_visits: " + delta.getValue()
                        + " view(s) not counted (the document_has_visits trigger makes the rows)");
            }
            i++;
        }
    }

    private static boolean add(UUID batch, Map<Long, Long> deltas, ConnectionSource connections) {
        boolean commitSent = false;
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            try (PreparedStatement mark = connection.prepareStatement("INSERT INTO visit_flush (batch_id) VALUES (?)");
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE document_visits SET visits = visits + ? WHERE document_id = ?")) {
                mark.setString(1, batch.toString());
                try {
                    mark.executeUpdate();
                } catch (SQLException e) {
                    if (e instanceof SQLIntegrityConstraintViolationException || e.getErrorCode() == DUPLICATE_KEY) {
                        connection.rollback();
                        return false; // an earlier attempt committed this batch
                    }
                    throw e;
                }
                for (Map.Entry<Long, Long> delta : deltas.entrySet()) {
                    update.setLong(1, delta.getValue());
                    update.setLong(2, delta.getKey());
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                commitSent = true;
                connection.commit();
                warnOfMissingRows(deltas, updated);
            } catch (SQLException e) {
                if (!commitSent) {
                    connection.rollback();
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            forgetOldBatches(connection);
            return true;
        } catch (SQLException e) {
            // once the COMMIT is sent, only the database knows whether it went through: the batch's id will tell
            throw new Unavailable("Visit counts could not be written", e, commitSent);
        }
    }

    /** At most once an hour per JVM: batch ids older than a week, in small deletes of their own. */
    private static void forgetOldBatches(Connection connection) {
        long now = System.nanoTime();
        long due = nextCleanup.get();
        if ((due != 0 && now - due < 0) || !nextCleanup.compareAndSet(due, now + TimeUnit.HOURS.toNanos(1))) {
            return;
        }
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM visit_flush WHERE written_at < NOW(6) - INTERVAL " + KEEP_BATCH_IDS_DAYS
                    + " DAY LIMIT 10000");
        } catch (SQLException e) {
            LOG.warning("Old visit batch ids not deleted (tried again in an hour): " + e.getMessage());
        }
    }
}
