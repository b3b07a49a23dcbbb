package pl.metryka.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import pl.metryka.application.BulletinHead;

/**
 * The register head read with plain JDBC outside any transaction: the page cache asks for it on
 * every anonymous request, so it is one primary-key read on a pooled connection, without an
 * EntityManager or a JTA transaction around it.
 */
@ApplicationScoped
public class JdbcBulletinHead implements BulletinHead {

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public Position current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT seq, hash FROM register_head WHERE id = 1");
                ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("register_head has no row");
            }
            return new Position(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            throw new IllegalStateException("The register head could not be read", e);
        }
    }

    @Override
    public Changes changedBetween(long afterSeq, long uptoSeq) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT document_id FROM register_entry" + " WHERE seq > ? AND seq <= ?")) {
            query.setLong(1, afterSeq);
            query.setLong(2, uptoSeq);
            Set<Long> ids = new HashSet<>();
            boolean wholeBulletin = false;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (rs.wasNull()) {
                        wholeBulletin = true;
                    } else {
                        ids.add(id);
                    }
                }
            }
            return new Changes(ids, wholeBulletin);
        } catch (SQLException e) {
            throw new IllegalStateException("Changed documents could not be read", e);
        }
    }

    @Override
    public Optional<String> entryHash(long seq) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT hash FROM register_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A register entry could not be read", e);
        }
    }
}
