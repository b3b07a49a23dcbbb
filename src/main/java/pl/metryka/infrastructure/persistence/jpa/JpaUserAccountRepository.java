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
                .getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public void store(UserAccount account) {
        if (account.id() == null) {
            em.persist(account);
        }
        em.flush();
    }
}
