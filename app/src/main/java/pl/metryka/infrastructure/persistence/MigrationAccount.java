package pl.metryka.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The database account that owns schema changes, when it is not the application's own:
 * {@code METRYKA_MIGRATION_DB_USER} / {@code METRYKA_MIGRATION_DB_PASSWORD}, on the server and
 * database of {@code METRYKA_DB_URL}. The application's account then gets its table privileges
 * through the role {@code METRYKA_DB_APP_ROLE} (default {@code metryka_app}).
 */
@ApplicationScoped
public class MigrationAccount {

    @Inject
    private ApplicationAccount application;

    @Inject
    @ConfigProperty(name = "metryka.migration.db.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "metryka.migration.db.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "metryka.db.app-role", defaultValue = "metryka_app")
    private String applicationRole;

    /** A connection source for Flyway, or empty when migrations run as the application. */
    public Optional<DataSource> dataSource() throws SQLException {
        if (!separate()) {
            return Optional.empty();
        }
        MariaDbDataSource source = new MariaDbDataSource(application.url());
        source.setUser(user.get().strip());
        source.setPassword(password.orElse(""));
        return Optional.of(source);
    }

    /** Whether the application was given the migration account (the older way: see {@link MigrateCommand}). */
    public boolean dataSourceConfigured() {
        return separate();
    }

    public String user() {
        return user.map(String::strip).orElse(application.user());
    }

    public String applicationRole() {
        return applicationRole.strip();
    }

    private boolean separate() {
        return user.filter(u -> !u.isBlank())
                .filter(u -> !u.strip().equals(application.user()))
                .isPresent();
    }
}
