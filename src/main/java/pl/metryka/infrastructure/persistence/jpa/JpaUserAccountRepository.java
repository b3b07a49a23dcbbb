package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public java.util.List<UserAccount> all() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
    }

    /**
     * Plain JPA: a new account is persisted, a changed one merged, so that its {@code @Version} is
     * checked and a stale copy fails with an OptimisticLockException instead of overwriting a newer
     * change. (The hand-written UPDATE once here worked around writes that EclipseLink dropped; the
     * cause is fixed in DeferredConnectionCustomizer.)
     */
    @Override
    public void store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
        } else if (!em.contains(account)) {
            em.merge(account);
        }
        em.flush();
    }

    /**
     * One atomic statement per failure: the row lock it takes serialises parallel failures, so each
     * one adds exactly one, which a read-modify-write of the entity cannot promise. An account
     * already locked is not counted (its lock is not extended by further guesses).
     */
    @Override
    public boolean countFailedLogin(long accountId, Instant now) {
        int counted = em.createNativeQuery("UPDATE user_account SET failed_logins = failed_logins + 1, version = version + 1 "
                        + "WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)")
                .setParameter(1, accountId).setParameter(2, utc(now)).executeUpdate();
        if (counted == 0) {
            return false;
        }
        return em.createNativeQuery("UPDATE user_account SET failed_logins = 0, locked_until = ?, version = version + 1 "
                        + "WHERE id = ? AND failed_logins >= ?")
                .setParameter(1, utc(now.plus(UserAccount.LOCKOUT))).setParameter(2, accountId)
                .setParameter(3, UserAccount.MAX_FAILED_LOGINS).executeUpdate() == 1;
    }

    @Override
    public void clearFailedLogins(long accountId) {
        em.createNativeQuery("UPDATE user_account SET failed_logins = 0, locked_until = NULL, version = version + 1 "
                        + "WHERE id = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
                .setParameter(1, accountId).executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
