package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> newest(int limit) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.at DESC, e.id DESC", AuditEvent.class)
                .setMaxResults(limit).getResultList();
    }
}
