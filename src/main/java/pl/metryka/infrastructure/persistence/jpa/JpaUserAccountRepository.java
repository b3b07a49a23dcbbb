package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /**
     * New accounts are persisted; changes to an existing one are written with explicit SQL. In this
     * deployment EclipseLink issued no UPDATE for changes made by the account's own methods (failed
     * logins, lockout, password), so the lockout never took effect; the statement below always does.
     */
    @Override
    public void store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
            em.flush();
            return;
        }
        em.createNativeQuery("UPDATE user_account SET full_name = ?, password_hash = ?, enabled = ?, failed_logins = ?, "
                        + "locked_until = ?, version = version + 1 WHERE id = ?")
                .setParameter(1, account.fullName())
                .setParameter(2, account.passwordHash())
                .setParameter(3, account.enabled())
                .setParameter(4, account.failedLogins())
                .setParameter(5, account.lockedUntil() == null ? null
                        : java.time.LocalDateTime.ofInstant(account.lockedUntil(), java.time.ZoneOffset.UTC))
                .setParameter(6, account.id())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM user_role WHERE user_id = ?").setParameter(1, account.id()).executeUpdate();
        for (pl.metryka.domain.model.account.Role role : account.roles()) {
            em.createNativeQuery("INSERT INTO user_role (user_id, role) VALUES (?, ?)")
                    .setParameter(1, account.id()).setParameter(2, role.name()).executeUpdate();
        }
    }
}
