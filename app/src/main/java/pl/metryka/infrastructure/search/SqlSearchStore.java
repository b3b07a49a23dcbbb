package pl.metryka.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.metryka.application.search.PolishFolding;
import pl.metryka.application.search.SearchEntry;
import pl.metryka.application.search.SearchStore;

/**
 * The {@code search_entry} and {@code attachment_text} tables, through the shared persistence
 * context. Writes always go here; queries go here only while the instance's Lucene copy is not
 * ready ({@link LuceneSearchStore} is the {@link SearchStore} the application sees).
 */
@ApplicationScoped
@Typed(SqlSearchStore.class)
public class SqlSearchStore implements SearchStore {

    @PersistenceContext(unitName = "metryka")
    private EntityManager em;

    @Override
    public void put(SearchEntry e) {
        em.createNativeQuery(
                        "INSERT INTO search_entry (document_id, slug, title, title_folded, text, text_folded, category_id,"
                                + " status, archived, published_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE slug = VALUES(slug), title = VALUES(title), title_folded = VALUES(title_folded),"
                                + " text = VALUES(text), text_folded = VALUES(text_folded), category_id = VALUES(category_id),"
                                + " status = VALUES(status), archived = VALUES(archived), published_at = VALUES(published_at),"
                                + " changed_at = VALUES(changed_at)")
                .setParameter(1, e.documentId())
                .setParameter(2, e.slug())
                .setParameter(3, e.title())
                .setParameter(4, PolishFolding.fold(e.title()))
                .setParameter(5, e.text())
                .setParameter(6, PolishFolding.fold(e.text()))
                .setParameter(7, e.categoryId())
                .setParameter(8, e.status())
                .setParameter(9, e.archived())
                .setParameter(10, SearchSql.utc(e.publishedAt()))
                .setParameter(11, SearchSql.utc(e.changedAt()))
                .executeUpdate();
    }

    @Override
    public Map<String, String> attachmentTexts(Collection<String> sha256s) {
        Map<String, String> texts = new HashMap<>();
        for (String sha256 : sha256s) {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("SELECT text FROM attachment_text WHERE sha256 = ?")
                    .setParameter(1, sha256)
                    .getResultList();
            rows.stream().findFirst().ifPresent(t -> texts.put(sha256, t));
        }
        return texts;
    }

    @Override
    public Found find(Criteria criteria, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(SearchSql.find(criteria, offset, limit)).getResultList();
        List<Row> found = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            found.add(new Row(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    instant(r[4]),
                    (String) r[5],
                    bool(r[6])));
            total = ((Number) r[7]).longValue();
        }
        if (found.isEmpty() && offset > 0) {
            total = count(criteria);
        }
        return new Found(found, total);
    }

    /** The display rows of the given documents, in the order given (ids without a row are left out). */
    public List<Row> rows(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        Query query = query(SearchSql.rows(documentIds));
        Map<Long, Row> byId = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        for (Object[] r : found) {
            byId.put(
                    ((Number) r[0]).longValue(),
                    new Row(
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            instant(r[5]),
                            (String) r[6],
                            bool(r[7])));
        }
        return documentIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long count(Criteria criteria) {
        return ((Number) query(SearchSql.count(criteria)).getSingleResult()).longValue();
    }

    private Query query(SearchSql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value == null ? null : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
