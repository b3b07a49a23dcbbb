package pl.metryka.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import pl.metryka.infrastructure.persistence.DatabaseMigration;
import pl.metryka.infrastructure.persistence.MetrykaDataSource;

/** Ready when MariaDB answers a query and the schema migrations have been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = MetrykaDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
                rs.next();
                response.withData("server", rs.getString(1));
            }
            boolean migrated = migration.isMigrated();
            return response.withData("schema", migrated ? "migrated" : "not yet migrated").status(migrated).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
