package pl.metryka.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.Driver;
import pl.metryka.application.VisitStore;

/**
 * The view counts in {@code document_visits}, over plain JDBC rather than JPA: an increment must
 * not load the document. The table is the counter's alone (schema V21), so a flush never waits for
 * an edit that holds the document's row; its rows are made with the documents, by a trigger, and
 * only ever UPDATEd here (an INSERT's foreign-key check would lock the document row again).
 *
 * <p>Dependent, not application scoped: the counter's JVM exit hook calls this object directly,
 * after the CDI contexts (and a proxy's way to the bean) may already be gone.
 */
@Dependent
public class JdbcVisitStore implements VisitStore {

    private static final Logger LOG = Logger.getLogger(JdbcVisitStore.class.getName());
    private static final int IDS_PER_QUERY = 500;

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "metryka.db.url", defaultValue = "jdbc:mariadb://localhost:3306/metryka")
    private String url;

    @Inject
    @ConfigProperty(name = "metryka.db.user", defaultValue = "metryka")
    private String user;

    @Inject
    @ConfigProperty(name = "metryka.db.password", defaultValue = "")
    private String password;

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
    public void add(Map<Long, Long> deltas) {
        add(deltas, dataSource::getConnection);
    }

    @Override
    public void addOnOwnConnection(Map<Long, Long> deltas) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        add(deltas, () -> new Driver().connect(url, credentials));
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

    private static void add(Map<Long, Long> deltas, ConnectionSource connections) {
        try (Connection connection = connections.open();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE document_visits SET visits = visits + ? WHERE document_id = ?")) {
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<Long, Long> delta : deltas.entrySet()) {
                    update.setLong(1, delta.getValue());
                    update.setLong(2, delta.getKey());
                    update.addBatch();
                }
                int[] updated = update.executeBatch();
                connection.commit();
                warnOfMissingRows(deltas, updated);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new Unavailable("Visit counts could not be written", e);
        }
    }
}
