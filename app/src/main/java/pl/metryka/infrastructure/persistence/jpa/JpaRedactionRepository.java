package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.RedactionRepository;

@ApplicationScoped
public class JpaRedactionRepository implements RedactionRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public void add(Redaction redaction) {
        em.persist(redaction);
        // written now: the revision's guard trigger accepts the new body only once this row exists
        em.flush();
    }

    @Override
    public List<Redaction> ofDocument(long documentId) {
        return em.createNamedQuery("Redaction.ofDocument", Redaction.class)
                .setParameter("documentId", documentId)
                .getResultList();
    }

    @Override
    public List<Redaction> all() {
        return em.createNamedQuery("Redaction.all", Redaction.class).getResultList();
    }
}
