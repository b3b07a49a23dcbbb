package pl.metryka.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import pl.metryka.application.SchemaReady;

/**
 * Brings the schema up to date with the Flyway migrations of {@code schema/} before anything
 * uses JPA. When the database cannot be reached the deployment still succeeds: readiness stays
 * DOWN, one line says why, and the migration is retried until the database answers.
 *
 * <p>This bean also defines the data source. MicroProfile Config resolves it at deployment, so
 * METRYKA_DB_URL, METRYKA_DB_USER and METRYKA_DB_PASSWORD (or the matching system properties)
 * choose the MariaDB server. Connections are validated before use and one failed validation
 * drops the pool, so the application recovers by itself after the database restarts.
 *
 * <p>In production the migrations run before the application, as a command of their own
 * ({@link MigrateCommand}, metryka-migrate.service) with the migration account, so the running
 * application never holds that account's password; here Flyway then finds nothing to do. Without
 * that step the application migrates with its own account (the embedded default, the tests). The
 * older way, METRYKA_MIGRATION_DB_USER/_PASSWORD in the application's own environment, still
 * works but is warned about.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DataSourceDefinition(
        name = DataSourceName.JNDI_NAME,
        className = "pl.metryka.infrastructure.persistence.LocalMariaDbDataSource",
        url = "${MPCONFIG=metryka.db.url:" + ApplicationAccount.DEFAULT_URL + "}",
        user = "${MPCONFIG=metryka.db.user:" + ApplicationAccount.DEFAULT_USER + "}",
        password = "${MPCONFIG=metryka.db.password:}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        maxIdleTime = 300,
        loginTimeout = 5,
        // each statement sees what is committed: after a writer takes a row lock, what it reads
        // next includes the change it waited for (REPEATABLE READ would show an older snapshot)
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            // a validation is a SELECT of its own: checking a connection at every checkout made a
            // search cost seven more round trips; once per 2 s still finds a restarted database
            // before the first request that takes a connection idle since then
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.statement-timeout-in-seconds=60",
            "fish.payara.pool-resize-quantity=2"
            // no connection-leak tracing: it records the stack of every checkout under one pool-wide
            // lock (Thread.getStackTrace, a timer task), where page views queued under load; every
            // connection is taken by the container or in try-with-resources
        })
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final long RETRY_MILLIS = 5_000;

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private Event<SchemaReady> schemaReady;

    @Inject
    private MigrationAccount migrationAccount;

    /** Set by the launcher's embedded default and the tests, where one process owns the whole database. */
    @Inject
    @ConfigProperty(name = "metryka.migration.in-application", defaultValue = "false")
    private boolean migrationInApplication;

    private volatile boolean migrated;
    private volatile String lastProblem;

    @PostConstruct
    void start() {
        if (migrationAccount.dataSourceConfigured() && !migrationInApplication) {
            LOG.warning(
                    "The migration account's password (METRYKA_MIGRATION_DB_PASSWORD) is in the application's own environment:"
                            + " move METRYKA_MIGRATION_DB_USER/_PASSWORD to the migration step (metryka-migrate, deploy/README.md),"
                            + " so that the running application cannot change the schema or its own privileges.");
        }
        if (!tryMigrate()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("migration-retry", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (tryMigrate()) {
            timer.cancel();
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    private synchronized boolean tryMigrate() {
        if (migrated) {
            return true;
        }
        String account = null;
        try {
            checkReachable();
            DataSource migrations = migrationAccount.dataSource().orElse(dataSource);
            account = migrations != dataSource ? migrationAccount.user() : null;
            var result = Flyway.configure()
                    .dataSource(migrations)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (migrations != dataSource) {
                ApplicationGrants.apply(migrations, migrationAccount.applicationRole());
            }
            migrated = true;
            LOG.info(() -> "Metryka database schema is at version "
                    + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                    + " (" + result.migrationsExecuted + " migration(s) applied now"
                    + (migrations != dataSource
                            ? " as " + migrationAccount.user() + "; privileges of role "
                                    + migrationAccount.applicationRole() + " checked"
                            : "")
                    + ").");
            schemaReady.fire(new SchemaReady());
            return true;
        } catch (RuntimeException | SQLException e) {
            String problem = (account == null
                            ? ""
                            : "with the migration account " + account
                                    + " (METRYKA_MIGRATION_DB_USER / METRYKA_MIGRATION_DB_PASSWORD): ")
                    + DatabaseProblem.describe(e);
            if (!Objects.equals(problem, lastProblem)) {
                if (account == null && String.valueOf(e.getMessage()).contains("command denied")) {
                    problem +=
                            " -- a migration is pending that the application's account may not apply: run the migration step"
                                    + " (java -jar metryka-migrate.jar, or systemctl start metryka-migrate)";
                }
                LOG.severe("Metryka cannot use its database: " + problem + " -- readiness is DOWN; retrying every "
                        + RETRY_MILLIS / 1000 + " s.");
                LOG.log(Level.FINE, "Database problem in detail", e);
                lastProblem = problem;
            }
            return false;
        }
    }

    private void checkReachable() throws SQLException {
        try (Connection ignored = dataSource.getConnection()) {
            lastProblem = null;
        }
    }
}
