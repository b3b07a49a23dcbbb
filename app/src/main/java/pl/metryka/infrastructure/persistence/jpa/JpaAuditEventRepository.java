package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;
import pl.metryka.domain.model.audit.AuditQuery;

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
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> search(AuditQuery query, Instant from, Instant to, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<AuditEvent> q = em.createQuery(
                "SELECT e FROM AuditEvent e" + where(query, from, to, params) + " ORDER BY e.at DESC, e.id DESC",
                AuditEvent.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditQuery query, Instant from, Instant to) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(query, from, to, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public List<AuditEvent> problemsAfter(Instant after, int limit) {
        TypedQuery<AuditEvent> q = em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.outcome IN :outcomes"
                                + (after == null ? "" : " AND e.at > :after") + " ORDER BY e.at DESC, e.id DESC",
                        AuditEvent.class)
                .setParameter("outcomes", List.of(AuditEvent.Outcome.FAILURE, AuditEvent.Outcome.REFUSED));
        if (after != null) {
            q.setParameter("after", after);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Instant> first() {
        return em.createQuery("SELECT e.at FROM AuditEvent e ORDER BY e.at", Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static String where(AuditQuery query, Instant from, Instant to, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.actor() != null) {
            where.append(" AND LOWER(e.actor) LIKE :actor");
            params.put("actor", "%" + query.actor().toLowerCase() + "%");
        }
        if (query.action() != null) {
            where.append(" AND e.action LIKE :action");
            params.put("action", query.action() + "%");
        }
        if (query.documentId() != null) {
            // register entries name "document:<id>"; refused requests name their address
            where.append(" AND (e.target = :document OR e.target LIKE :documentPath OR e.target LIKE :documentSub)");
            params.put("document", "document:" + query.documentId());
            params.put("documentPath", "%/documents/" + query.documentId());
            params.put("documentSub", "%/documents/" + query.documentId() + "/%");
        }
        if (from != null) {
            where.append(" AND e.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND e.at < :to");
            params.put("to", to);
        }
        return where.toString();
    }
}
