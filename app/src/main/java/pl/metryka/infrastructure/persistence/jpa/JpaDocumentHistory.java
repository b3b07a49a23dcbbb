package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentHistory;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;

@ApplicationScoped
public class JpaDocumentHistory implements DocumentHistory {

    private static final String CHANGES =
            " FROM RegisterEntry e WHERE e.action IN :actions AND e.at >= :from AND e.at < :to";
    private static final String BEFORE = " FROM Document d WHERE d.firstPublishedAt < :t";

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public List<RegisterEntry> publicChanges(
            Collection<RegisterAction> actions, Instant from, Instant to, int offset, int limit) {
        return em.createQuery("SELECT e" + CHANGES + " ORDER BY e.seq DESC", RegisterEntry.class)
                .setParameter("actions", actions)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublicChanges(Collection<RegisterAction> actions, Instant from, Instant to) {
        return em.createQuery("SELECT COUNT(e)" + CHANGES, Long.class)
                .setParameter("actions", actions)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public List<Document> withdrawn(int offset, int limit) {
        return em.createQuery(
                        "SELECT d FROM Document d WHERE d.status = :s ORDER BY d.withdrawal.at DESC", Document.class)
                .setParameter("s", DocumentStatus.WITHDRAWN)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countWithdrawn() {
        return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.status = :s", Long.class)
                .setParameter("s", DocumentStatus.WITHDRAWN)
                .getSingleResult();
    }

    @Override
    public List<Document> archived(int offset, int limit) {
        return em.createQuery(
                        "SELECT d FROM Document d WHERE d.archived = TRUE ORDER BY d.archivedAt DESC", Document.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countArchived() {
        return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.archived = TRUE", Long.class)
                .getSingleResult();
    }

    @Override
    public List<Document> publishedBefore(Instant t, Collection<Long> categoryIds, int offset, int limit) {
        TypedQuery<Document> query = em.createQuery(
                        "SELECT d" + BEFORE + inCategories(categoryIds)
                                + " ORDER BY d.firstPublishedAt DESC, d.id DESC",
                        Document.class)
                .setParameter("t", t);
        if (categoryIds != null) {
            query.setParameter("categories", categoryIds);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublishedBefore(Instant t, Collection<Long> categoryIds) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d)" + BEFORE + inCategories(categoryIds), Long.class)
                .setParameter("t", t);
        if (categoryIds != null) {
            query.setParameter("categories", categoryIds);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Document> recentlyAmended(int limit) {
        List<Long> ids = em.createQuery(
                        "SELECT e.documentId FROM RegisterEntry e WHERE e.action = :a GROUP BY e.documentId"
                                + " ORDER BY MAX(e.seq) DESC",
                        Long.class)
                .setParameter("a", RegisterAction.AMENDED)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(Document.class, id))
                .filter(d -> d != null && d.isPublic())
                .toList();
    }

    @Override
    public Map<Long, String> slugs(Collection<Long> documentIds) {
        Map<Long, String> slugs = new HashMap<>();
        if (documentIds.isEmpty()) {
            return slugs;
        }
        for (Object[] row : em.createQuery("SELECT d.id, d.slug FROM Document d WHERE d.id IN :ids", Object[].class)
                .setParameter("ids", documentIds)
                .getResultList()) {
            slugs.put((Long) row[0], (String) row[1]);
        }
        return slugs;
    }

    private static String inCategories(Collection<Long> categoryIds) {
        return categoryIds == null ? "" : " AND d.category.id IN :categories";
    }
}
