package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.account.UserAccount;
import pl.metryka.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em
                .createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> all() {
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
}
