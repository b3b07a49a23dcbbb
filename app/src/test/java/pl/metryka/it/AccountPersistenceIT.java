package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.model.account.UserAccount;

/** Plain JPA writes what an entity's own methods change, and @Version refuses a stale copy. */
@ExtendWith(ArquillianExtension.class)
class AccountPersistenceIT {

    @Inject
    private AccountProbe probe;

    @Test
    void aChangeToAManagedAccountReachesTheDatabase() {
        String name = probe.newAccount();
        probe.renameManaged(name, "Anna Zmieniona");
        assertEquals("Anna Zmieniona", probe.fullNameInDatabase(name));
    }

    @Test
    void aStaleCopyIsRefusedNotWrittenOverTheNewerOne() {
        String name = probe.newAccount();
        UserAccount first = probe.detached(name);
        UserAccount second = probe.detached(name);
        probe.mergeRenamed(first, "Pierwszy Administrator");
        EJBException refused =
                assertThrows(EJBException.class, () -> probe.mergeRenamed(second, "Drugi Administrator"));
        assertTrue(causedBy(refused, OptimisticLockException.class), refused.toString());
        assertEquals("Pierwszy Administrator", probe.fullNameInDatabase(name));
    }

    @Test
    void aPersistedAuditReviewReachesTheDatabase() {
        LocalDate day = probe.newAuditReview();
        assertEquals(1, probe.auditReviewsOn(day));
    }

    static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
