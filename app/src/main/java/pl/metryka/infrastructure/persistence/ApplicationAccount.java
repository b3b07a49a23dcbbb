package pl.metryka.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's own database account and where it connects ({@code METRYKA_DB_URL},
 * {@code METRYKA_DB_USER}, {@code METRYKA_DB_PASSWORD}), read in one place so that the pool
 * ({@link DatabaseMigration}'s data source), the visit counter's own connections and the migration
 * account's server always agree on the defaults.
 *
 * <p>Dependent, not application scoped: {@link JdbcVisitStore} keeps it for a JVM exit hook that
 * runs after the CDI contexts (and a proxy's way to a bean) may be gone.
 */
@Dependent
public class ApplicationAccount {

    static final String DEFAULT_URL = "jdbc:mariadb://localhost:3306/metryka";
    static final String DEFAULT_USER = "metryka";

    @Inject
    @ConfigProperty(name = "metryka.db.url", defaultValue = DEFAULT_URL)
    private String url;

    @Inject
    @ConfigProperty(name = "metryka.db.user", defaultValue = DEFAULT_USER)
    private String user;

    @Inject
    @ConfigProperty(name = "metryka.db.password", defaultValue = "")
    private String password;

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
