package pl.metryka.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import pl.metryka.application.RedactionApplied;
import pl.metryka.infrastructure.persistence.DataSourceName;
import pl.metryka.infrastructure.persistence.MigrationAccount;

/**
 * What follows a committed redaction outside its transaction, so that the removed text is gone
 * from what this instance keeps on disk too: this instance's Lucene copy catches up at once and
 * purges the deleted documents from its files; every other instance's copy catches up (and
 * purges) within a minute, or on its next search, whichever comes first.
 *
 * <p>Then, on the same background thread and never inside a request's transaction, the database's
 * own files are cleaned ({@link #purgeDatabaseFiles(boolean)}): wait for InnoDB's purge of the old
 * row versions (undo; the embedded server zeroes freed records and pages, see EmbeddedMariaDb) and
 * replace the redo log by an online resize. The tables are rebuilt (OPTIMIZE TABLE, which also
 * drops the FULLTEXT index's words of the replaced rows) only the night after (03:30): an online
 * rebuild right after the redaction deadlocked a second redaction's transaction in the tests, even
 * with a 3 s lock wait and retries on the rebuild's side (RedactionIT, 2 December 2026), so the
 * rebuild keeps the short lock wait and the retries but runs when there are no writers to speak of.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RedactionAftercare {

    private static final Logger LOG = Logger.getLogger(RedactionAftercare.class.getName());
    /** Tables whose rows a redaction rewrites or deletes. */
    static final List<String> TABLES =
            List.of("revision", "attachment", "attachment_text", "attachment_blob", "search_entry");
    /** ER_LOCK_WAIT_TIMEOUT, ER_LOCK_DEADLOCK: the rebuild gave way to a writer; try again later. */
    private static final Set<Integer> GAVE_WAY = Set.of(1205, 1213);

    private static final int ATTEMPTS = 6;
    private static final long MEBIBYTE = 1024L * 1024L;

    /** One clean-up at a time; a redaction committed while one runs asks for one more round. */
    private final ReentrantLock cleaning = new ReentrantLock();

    private final AtomicBoolean again = new AtomicBoolean();

    @Inject
    private LuceneSearchStore lucene;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = DataSourceName.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private MigrationAccount migrationAccount;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RedactionApplied redaction) {
        executor.execute(() -> {
            lucene.refresh();
            purgeDatabaseFiles(false);
        });
    }

    /** Every instance: a Lucene copy is brought up to the register (purging redacted text) even without searches. */
    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void refreshPeriodically() {
        lucene.refresh();
    }

    /** Every instance, nightly: the clean-up once more if a redaction was made in the last day (it is idempotent). */
    @Schedule(hour = "3", minute = "30", persistent = false)
    void compactAtNight() {
        try (Connection connection = dataSource.getConnection();
                Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT COUNT(*) FROM redaction WHERE at > UTC_TIMESTAMP(6) - INTERVAL 1 DAY")) {
            if (rs.next() && rs.getLong(1) > 0) {
                purgeDatabaseFiles(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for redactions to compact after", e);
        }
    }

    /**
     * Removes the redacted text from the database server's files, as far as this account may: the
     * old row versions (undo) purged, the tables rebuilt, the redo log replaced. Failures are
     * logged; the redaction stands.
     */
    public void purgeDatabaseFiles(boolean rebuild) {
        again.set(true);
        if (!cleaning.tryLock()) {
            return; // the running round sees the flag and goes once more
        }
        try {
            while (again.getAndSet(false)) {
                try (Connection connection = dataSource.getConnection();
                        Statement s = connection.createStatement()) {
                    awaitPurge(s);
                    if (rebuild) {
                        compact(s);
                    }
                    replaceRedoLog();
                } catch (SQLException | RuntimeException e) {
                    LOG.log(Level.WARNING, "After a redaction the database files could not be cleaned", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            cleaning.unlock();
        }
    }

    /** The old body is in the undo log until InnoDB's purge has run past the redaction; wait for that (30 s at most). */
    private static void awaitPurge(Statement s) throws SQLException, InterruptedException {
        for (int i = 0; i < 60; i++) {
            try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_history_list_length'")) {
                if (!rs.next() || rs.getLong(2) == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
    }

    /** Rebuilds each table; when it would have to wait for a writer's lock it gives way and tries again later. */
    private static void compact(Statement s) throws SQLException, InterruptedException {
        // a rebuild waiting for its metadata lock holds up every new writer of the table: never wait long
        s.execute("SET SESSION lock_wait_timeout = 3");
        try {
            compactEach(s);
        } finally {
            s.execute("SET SESSION lock_wait_timeout = DEFAULT"); // the connection goes back to the pool
        }
    }

    private static void compactEach(Statement s) throws SQLException, InterruptedException {
        for (String table : TABLES) {
            for (int attempt = 1; ; attempt++) {
                try {
                    String failure = null;
                    try (ResultSet rs = s.executeQuery("OPTIMIZE TABLE " + table)) {
                        while (rs.next()) {
                            if ("error".equalsIgnoreCase(rs.getString("Msg_type"))) {
                                failure = rs.getString("Msg_text");
                            }
                        }
                    }
                    if (failure == null) {
                        break;
                    }
                    throw new SQLException(failure, "HY000", failure.contains("Deadlock") ? 1213 : 1205);
                } catch (SQLException e) {
                    if (!GAVE_WAY.contains(e.getErrorCode()) || attempt == ATTEMPTS) {
                        LOG.log(
                                Level.WARNING,
                                "After a redaction table " + table
                                        + " could not be rebuilt (OPTIMIZE TABLE); the night's run tries again",
                                e);
                        break;
                    }
                    Thread.sleep(1000L << attempt); // 2, 4, 8, 16, 32 s
                }
            }
        }
    }

    /**
     * The redo log (ib_logfile0) still holds the old body as it was written: an online resize
     * (MariaDB 10.11+) writes a new file from the current position on and deletes the old one at
     * the next checkpoint. The size moves by 1 MiB each time, back and forth, as a resize to the
     * same size does nothing. It needs a global privilege (SUPER), which the application's own
     * account never has: it runs as the migration account, which has it on the embedded server
     * (EmbeddedAccounts); on an external server its operator does it (compliance-docs/redaction.md).
     */
    private void replaceRedoLog() throws SQLException {
        DataSource owner = migrationAccount.dataSource().orElse(dataSource);
        try (Connection connection = owner.getConnection();
                Statement s = connection.createStatement()) {
            replaceRedoLog(s);
        }
    }

    private static void replaceRedoLog(Statement s) throws SQLException {
        long size;
        try (ResultSet rs = s.executeQuery("SELECT @@GLOBAL.innodb_log_file_size")) {
            rs.next();
            size = rs.getLong(1);
        }
        long resized = (size / MEBIBYTE) % 2 == 0 ? size + MEBIBYTE : size - MEBIBYTE;
        try {
            s.execute("SET GLOBAL innodb_log_file_size = " + resized);
            LOG.info("After a redaction the redo log was replaced (" + size + " -> " + resized + " bytes)");
        } catch (SQLException e) {
            LOG.log(
                    Level.INFO,
                    "The redo log could not be replaced from here (" + e.getMessage()
                            + "); the database operator resizes it, see compliance-docs/redaction.md");
        }
    }
}
