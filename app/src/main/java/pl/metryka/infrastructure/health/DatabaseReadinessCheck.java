package pl.metryka.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import pl.metryka.infrastructure.persistence.DataSourceName;
import pl.metryka.infrastructure.persistence.DatabaseMigration;

/**
 * Ready when MariaDB answers a query and the schema migrations have been applied. The answer is the
 * status alone: /health is open to anyone (load balancers, deploy checks), and the server's
 * version or an error message is nobody else's business; the log and /metrics have the details.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                rs.next();
            }
            return response.status(migration.isMigrated()).build();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Readiness: the database does not answer", e);
            return response.down().build();
        }
    }
}
