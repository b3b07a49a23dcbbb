package pl.metryka.domain.model.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

    Optional<Document> find(long id);

    /** Loads the document with its row locked until the transaction ends: writers queue, never interleave. */
    Optional<Document> findForUpdate(long id);

    Optional<Document> findBySlug(String slug);

    boolean slugTaken(String slug);

    /** The document imported from another BIP under this source identifier, if any. */
    Optional<Document> findByImportSource(String sourceId);

    /** Public documents (published or withdrawn), newest publication first. */
    List<Document> publicDocuments(int offset, int limit);

    long countPublic();

    /** Public documents filed under any of these categories, newest publication first. */
    List<Document> publicDocumentsIn(Collection<Long> categoryIds, boolean oldestFirst, int offset, int limit);

    long countPublicIn(Collection<Long> categoryIds);

    /** Ids of the public documents filed under any of these categories. */
    List<Long> publicDocumentIdsIn(Collection<Long> categoryIds);

    long countAll();

    List<Long> dueForPublication(Instant now);

    void store(Document document);
}
