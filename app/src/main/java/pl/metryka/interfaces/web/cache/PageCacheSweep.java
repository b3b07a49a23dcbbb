package pl.metryka.interfaces.web.cache;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the register head every 10 seconds, so an instance nobody asks also lets go of the pages
 * a change on another instance made stale (a redacted text must not stay in any heap).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PageCacheSweep {

    private static final Logger LOG = Logger.getLogger(PageCacheSweep.class.getName());

    @Inject
    private PageStore store;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            store.freshHead(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Page cache: register head not read (database away?)", e);
        }
    }
}
