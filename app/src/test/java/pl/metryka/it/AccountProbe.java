package pl.metryka.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.audit.AuditReview;

/** Test-only bean: changes accounts through plain JPA, each call in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountProbe {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    public String newAccount() {
        String name = "jpa-" + UUID.randomUUID().toString().substring(0, 8);
        em.persist(new UserAccount(name, "Anna Próbna", "nie-hash", EnumSet.of(Role.REDAKTOR), Instant.now()));
        return name;
    }

    /** Renames a managed account and lets the commit write it: no store, no merge, no SQL of our own. */
    public void renameManaged(String username, String fullName) {
        find(username).rename(fullName);
    }

    /** The account as read in a transaction that has ended (as a page holds it between requests). */
    public UserAccount detached(String username) {
        return find(username);
    }

    /** Merges an account read earlier: the JPA way to save what a form edited. */
    public void mergeRenamed(UserAccount edited, String fullName) {
        edited.rename(fullName);
        em.merge(edited);
    }

    public String fullNameInDatabase(String username) {
        return (String) em.createNativeQuery("SELECT full_name FROM user_account WHERE username = ?")
                .setParameter(1, username)
                .getSingleResult();
    }

    /** Persists a review of a random day long ago and lets the commit write it. */
    public LocalDate newAuditReview() {
        LocalDate day = LocalDate.of(1900, 1, 1).plusDays(new Random().nextInt(30000));
        em.persist(new AuditReview(day, Instant.now(), "audytor", "Przegląd próbny"));
        return day;
    }

    public long auditReviewsOn(LocalDate day) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_review WHERE day = ?")
                        .setParameter(1, day)
                        .getSingleResult())
                .longValue();
    }

    private UserAccount find(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
