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
 * purges the deleted documents from its files, and the tables that held the text are rebuilt
 * (OPTIMIZE TABLE), so that no old row version lingers in their pages. Every other instance's
 * copy catches up (and purges) within a minute, or on its next search, whichever comes first.
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
        executor.execute(() -> {
            lucene.refresh();
            compact();
        });
    }

    /** Every instance: a Lucene copy is brought up to the register (purging redacted text) even without searches. */
    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void refreshPeriodically() {
        lucene.refresh();
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
