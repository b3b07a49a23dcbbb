package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import pl.metryka.domain.model.site.AccessibilityStatement;
import pl.metryka.domain.model.site.AccessibilityStatementRepository;

@ApplicationScoped
public class JpaAccessibilityStatementRepository implements AccessibilityStatementRepository {

    /** The only row's key: one per bulletin. */
    private static final byte THE_ONLY_ID = 1;

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<AccessibilityStatement> find() {
        return Optional.ofNullable(em.find(AccessibilityStatement.class, THE_ONLY_ID));
    }

    @Override
    public void store(AccessibilityStatement value) {
        if (!em.contains(value)) {
            em.persist(value);
        }
        em.flush();
    }
}
