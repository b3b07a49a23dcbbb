package pl.metryka.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The migration step as a command of its own, {@code java -jar metryka-migrate.jar}: the Flyway
 * migrations of {@code schema/} and the application's table grants ({@link ApplicationGrants}),
 * run as the migration account before the application starts (systemd: metryka-migrate.service).
 * The migration account's password is then read by this short-lived process only, never by the
 * running application, which needs nothing more than its own least-privilege account.
 *
 * <p>Environment: {@code METRYKA_DB_URL}, {@code METRYKA_MIGRATION_DB_USER},
 * {@code METRYKA_MIGRATION_DB_PASSWORD}, optionally {@code METRYKA_DB_APP_ROLE} (default
 * {@code metryka_app}). Exit status 0 when the schema is current and the grants applied; 1 with one
 * line saying why otherwise.
 */
public final class MigrateCommand {

    private MigrateCommand() {}

    public static void main(String[] args) {
        try {
            System.out.println(migrate(System.getenv()));
        } catch (IllegalArgumentException e) {
            System.err.println("metryka-migrate: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException | SQLException e) {
            String user = System.getenv("METRYKA_MIGRATION_DB_USER");
            System.err.println("metryka-migrate: the migration as " + user
                    + " (METRYKA_MIGRATION_DB_USER / METRYKA_MIGRATION_DB_PASSWORD)" + " failed: "
                    + DatabaseProblem.describe(e));
            System.exit(1);
        }
    }

    static String migrate(Map<String, String> env) throws SQLException {
        String url = required(env, "METRYKA_DB_URL");
        String user = required(env, "METRYKA_MIGRATION_DB_USER");
        String role = env.getOrDefault("METRYKA_DB_APP_ROLE", "").isBlank()
                ? "metryka_app"
                : env.get("METRYKA_DB_APP_ROLE").strip();
        MariaDbDataSource source = new MariaDbDataSource(url);
        source.setUser(user);
        source.setPassword(env.getOrDefault("METRYKA_MIGRATION_DB_PASSWORD", ""));
        MigrateResult result = Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ApplicationGrants.apply(source, role);
        return "Metryka database schema is at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied now as " + user + "; privileges of role "
                + role + " checked).";
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value.strip();
    }
}
