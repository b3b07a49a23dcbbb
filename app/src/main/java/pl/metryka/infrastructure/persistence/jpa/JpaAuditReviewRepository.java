package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.audit.AuditReview;
import pl.metryka.domain.model.audit.AuditReviewRepository;

@ApplicationScoped
public class JpaAuditReviewRepository implements AuditReviewRepository {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public void add(AuditReview review) {
        // plain JPA (the dropped INSERT that once had explicit SQL here is fixed in DeferredConnectionCustomizer)
        em.persist(review);
        em.flush();
    }

    @Override
    public Optional<AuditReview> find(LocalDate day) {
        return em.createQuery("SELECT r FROM AuditReview r WHERE r.day = :day", AuditReview.class)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AuditReview> since(LocalDate from) {
        return em.createQuery("SELECT r FROM AuditReview r WHERE r.day >= :from ORDER BY r.day", AuditReview.class)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public List<AuditReview> between(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT r FROM AuditReview r WHERE r.day >= :from AND r.day <= :to ORDER BY r.day",
                        AuditReview.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Optional<AuditReview> latest() {
        return em.createQuery("SELECT r FROM AuditReview r ORDER BY r.reviewedAt DESC, r.day DESC", AuditReview.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
