package pl.metryka.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.DocumentStatus;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    private static final EnumSet<DocumentStatus> PUBLIC =
            EnumSet.of(DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN);

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<Document> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Document> findBySlug(String slug) {
        return em.createNamedQuery("Document.bySlug", Document.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean slugTaken(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public Optional<Document> findByImportSource(String sourceId) {
        return em.createNamedQuery("Document.byImportSource", Document.class)
                .setParameter("source", sourceId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Document> publicDocuments(int offset, int limit) {
        return em.createNamedQuery("Document.public", Document.class)
                .setParameter("statuses", PUBLIC)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublic() {
        return em.createNamedQuery("Document.countPublic", Long.class)
                .setParameter("statuses", PUBLIC)
                .getSingleResult();
    }

    @Override
    public List<Document> publicDocumentsIn(Collection<Long> categoryIds, boolean oldestFirst, int offset, int limit) {
        return em.createNamedQuery(oldestFirst ? "Document.publicInOldestFirst" : "Document.publicIn", Document.class)
                .setParameter("statuses", PUBLIC)
                .setParameter("categories", categoryIds)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublicIn(Collection<Long> categoryIds) {
        return em.createNamedQuery("Document.countPublicIn", Long.class)
                .setParameter("statuses", PUBLIC)
                .setParameter("categories", categoryIds)
                .getSingleResult();
    }

    @Override
    public List<Long> publicDocumentIdsIn(Collection<Long> categoryIds) {
        return em.createNamedQuery("Document.publicIdsIn", Long.class)
                .setParameter("statuses", PUBLIC)
                .setParameter("categories", categoryIds)
                .getResultList();
    }

    @Override
    public long countAll() {
        return em.createNamedQuery("Document.countAll", Long.class).getSingleResult();
    }

    @Override
    public List<Long> dueForPublication(Instant now) {
        return em.createNamedQuery("Document.dueForPublication", Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void store(Document document) {
        if (document.id() == null) {
            em.persist(document);
        }
        em.flush();
    }
}
