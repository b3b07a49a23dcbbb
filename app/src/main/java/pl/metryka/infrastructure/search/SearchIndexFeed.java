package pl.metryka.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import pl.metryka.infrastructure.search.LuceneIndex.Entry;
import pl.metryka.infrastructure.search.LuceneIndex.Position;

/**
 * What a Lucene copy of the index reads from the database to catch up: the register head (every
 * public change appends an entry in the transaction that rewrites its search row, and entries
 * commit in seq order under the head's lock), the documents changed after a position, and their
 * rows of {@code search_entry} (title and text as written: the Polish dictionary needs the diacritics).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchIndexFeed {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    public Position head() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT seq, hash FROM register_head WHERE id = 1")
                .getSingleResult();
        return new Position(((Number) row[0]).longValue(), (String) row[1]);
    }

    /** The hash of the entry at seq, to tell whether a saved copy still matches this database's history. */
    public Optional<String> entryHash(long seq) {
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT hash FROM register_entry WHERE seq = ?")
                .setParameter(1, seq)
                .getResultList();
        return hashes.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<Long> documentsChanged(long afterSeq, long uptoSeq) {
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT document_id FROM register_entry"
                        + " WHERE seq > ? AND seq <= ? AND document_id IS NOT NULL")
                .setParameter(1, afterSeq)
                .setParameter(2, uptoSeq)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Whether a redaction was recorded in the range: the copy must then purge the replaced text from its files. */
    public boolean redactedBetween(long afterSeq, long uptoSeq) {
        Number count = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM register_entry WHERE seq > ? AND seq <= ? AND action = 'REDACTED'")
                .setParameter(1, afterSeq)
                .setParameter(2, uptoSeq)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** The next batch of index rows after a document id, in id order. */
    public List<Entry> entriesAfter(long documentId, int batch) {
        return entries("e.document_id > ? ORDER BY e.document_id LIMIT " + batch, List.of(documentId));
    }

    public List<Entry> entries(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        String marks = documentIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return entries("e.document_id IN (" + marks + ")", new ArrayList<>(documentIds));
    }

    private List<Entry> entries(String condition, List<Long> parameters) {
        var query = em.createNativeQuery("SELECT e.document_id, e.title, e.text, e.category_id, e.status,"
                + " e.archived, e.published_at FROM search_entry e WHERE " + condition);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            entries.add(new Entry(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    (String) r[4],
                    SqlSearchStore.bool(r[5]),
                    SqlSearchStore.instant(r[6])));
        }
        return entries;
    }
}
