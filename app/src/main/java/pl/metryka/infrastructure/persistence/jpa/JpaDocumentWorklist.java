package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.DocumentWorklist;
import pl.metryka.domain.model.document.Revision;

@ApplicationScoped
public class JpaDocumentWorklist implements DocumentWorklist {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public List<Document> draftsOf(String username, int limit) {
        return em.createQuery(
                        "SELECT d FROM Document d WHERE d.status = :status AND d.createdBy = :user ORDER BY d.id DESC",
                        Document.class)
                .setParameter("status", DocumentStatus.DRAFT)
                .setParameter("user", username)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Document> waitingForPublication(int limit) {
        return em.createQuery("SELECT d FROM Document d WHERE d.status = :status ORDER BY d.id ASC", Document.class)
                .setParameter("status", DocumentStatus.DRAFT)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Document> scheduled(int limit) {
        return em.createQuery(
                        "SELECT d FROM Document d WHERE d.status = :status ORDER BY d.scheduledFor ASC, d.id ASC",
                        Document.class)
                .setParameter("status", DocumentStatus.SCHEDULED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Document> recentlyPublished(int limit) {
        return em.createQuery(
                        "SELECT d FROM Document d WHERE d.status = :status ORDER BY d.firstPublishedAt DESC, d.id DESC",
                        Document.class)
                .setParameter("status", DocumentStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Document> recentlyChanged(int limit) {
        List<Revision> revisions = em.createQuery(
                        "SELECT r FROM Revision r ORDER BY r.savedAt DESC, r.id DESC", Revision.class)
                .setMaxResults(limit * 4)
                .getResultList();
        Map<Long, Document> documents = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            documents.putIfAbsent(revision.document().id(), revision.document());
        }
        return new ArrayList<>(documents.values()).subList(0, Math.min(limit, documents.size()));
    }

    @Override
    public List<Document> find(DocumentStatus status, String titleContains, int offset, int limit) {
        TypedQuery<Document> query = em.createQuery(
                "SELECT d FROM Document d" + where(status, titleContains) + " ORDER BY d.id DESC", Document.class);
        bind(query, status, titleContains);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(DocumentStatus status, String titleContains) {
        TypedQuery<Long> query =
                em.createQuery("SELECT COUNT(d) FROM Document d" + where(status, titleContains), Long.class);
        bind(query, status, titleContains);
        return query.getSingleResult();
    }

    private static String where(DocumentStatus status, String titleContains) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("d.status = :status");
        }
        if (titleContains != null && !titleContains.isBlank()) {
            conditions.add("EXISTS (SELECT r FROM Revision r WHERE r.document = d AND LOWER(r.title) LIKE :title)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, DocumentStatus status, String titleContains) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (titleContains != null && !titleContains.isBlank()) {
            String escaped = titleContains
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("title", "%" + escaped + "%");
        }
    }
}
