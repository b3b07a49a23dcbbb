package pl.metryka.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;

/**
 * Indexes public documents that have no index row yet: those published before the search module
 * existed (V6). Each document in a transaction of its own, under its row lock, so several
 * instances starting together only repeat the same idempotent upsert.
 */
@Stateless
public class SearchBackfill {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Inject
    private DocumentRepository documents;

    @Inject
    private SearchIndex index;

    @SuppressWarnings("unchecked")
    public List<Number> unindexed() {
        return em.createNativeQuery("SELECT d.id FROM document d LEFT JOIN search_entry e ON e.document_id = d.id"
                        + " WHERE d.status IN ('PUBLISHED', 'WITHDRAWN') AND e.document_id IS NULL ORDER BY d.id")
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void index(long documentId) {
        Document document = documents.findForUpdate(documentId).orElseThrow();
        for (Attachment a : document.currentRevision().attachments()) {
            extractIfMissing(a);
        }
        index.update(document);
    }

    private void extractIfMissing(Attachment a) {
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM attachment_text WHERE sha256 = ?")
                .setParameter(1, a.sha256())
                .getSingleResult();
        if (known.longValue() > 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<byte[]> content = em.createNativeQuery("SELECT content FROM attachment_blob WHERE sha256 = ?")
                .setParameter(1, a.sha256())
                .getResultList();
        content.stream()
                .findFirst()
                .flatMap(bytes -> TextExtraction.extract(a.mediaType(), bytes))
                .ifPresent(
                        text -> em.createNativeQuery("INSERT IGNORE INTO attachment_text (sha256, text) VALUES (?, ?)")
                                .setParameter(1, a.sha256())
                                .setParameter(2, text)
                                .executeUpdate());
    }
}
