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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import pl.metryka.application.RedactionApplied;
import pl.metryka.infrastructure.persistence.MetrykaDataSource;

/**
 * What follows a committed redaction outside its transaction, so that the removed text is gone
 * from what this instance keeps on disk too: this instance's Lucene copy catches up at once and
 * purges the deleted documents from its files; every other instance's copy catches up (and
 * purges) within a minute, or on its next search, whichever comes first. The tables that held
 * the text are rebuilt (OPTIMIZE TABLE) the following night at 03:30, so that no old row version
 * lingers in their pages: an online rebuild right after the redaction can deadlock the writers
 * of that moment (seen in the tests), at night there are none to speak of.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RedactionAftercare {

    private static final Logger LOG = Logger.getLogger(RedactionAftercare.class.getName());
    /** Tables whose rows a redaction rewrites or deletes. */
    static final List<String> TABLES = List.of("revision", "attachment", "attachment_text", "attachment_blob", "search_entry");

    @Inject
    private LuceneSearchStore lucene;
    @Resource
    private ManagedExecutorService executor;
    @Resource(lookup = MetrykaDataSource.JNDI_NAME)
    private DataSource dataSource;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RedactionApplied redaction) {
        executor.execute(lucene::refresh);
    }

    /** Every instance: a Lucene copy is brought up to the register (purging redacted text) even without searches. */
    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void refreshPeriodically() {
        lucene.refresh();
    }

    /** Every instance, nightly: rebuilds the tables if a redaction was made in the last day (each rebuild is idempotent). */
    @Schedule(hour = "3", minute = "30", persistent = false)
    void compactAtNight() {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM redaction WHERE at > UTC_TIMESTAMP(6) - INTERVAL 1 DAY")) {
            if (rs.next() && rs.getLong(1) > 0) {
                compact();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for redactions to compact after", e);
        }
    }

    /** Rebuilds the tables that held the removed text; a failure is logged, the redaction stands. */
    public void compact() {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                s.execute("OPTIMIZE TABLE " + table);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "After a redaction the tables could not be rebuilt (OPTIMIZE TABLE)", e);
        }
    }
}
