package pl.metryka.infrastructure.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.search.SearchStore.Criteria;
import pl.metryka.application.search.SearchTerms;

/**
 * The SQL of a search, with its positional parameters. Title matches rank first (a FULLTEXT index
 * of its own on title_folded), then overall relevance, then the newest. Pure: the application and
 * the benchmark run exactly these statements. This is the fallback while the Lucene copy is built:
 * it matches word prefixes and quoted phrases regardless of Polish diacritics, but knows no other
 * forms of a word (no lemmas: "oświetlenie" does not find "oświetlenia" until the copy answers).
 */
public final class SearchSql {

    public record Statement(String sql, List<Object> parameters) {}

    private SearchSql() {}

    public static Statement count(Criteria c) {
        List<Object> params = new ArrayList<>();
        String where = where(c, params);
        return new Statement("SELECT COUNT(*) FROM search_entry e WHERE " + where, params);
    }

    /**
     * Ranks and pages over the narrow columns first, then fetches texts for one page only. The
     * total comes with every row (a window count), so a page costs one FULLTEXT evaluation, not two;
     * {@link #count} is only needed when the page is past the last result.
     */
    public static Statement find(Criteria c, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        boolean ranked = !c.terms().indexed().isEmpty();
        String scores = ranked
                ? "MATCH(e.title_folded) AGAINST(? IN BOOLEAN MODE) AS ts, MATCH(e.title_folded, e.text_folded) AGAINST(? IN BOOLEAN MODE) AS s"
                : "0 AS ts, 0 AS s";
        if (ranked) {
            params.add(c.terms().booleanAny());
            params.add(c.terms().booleanAll());
        }
        String where = where(c, params);
        params.add(limit);
        params.add(offset);
        String sql = "SELECT e.slug, e.title, e.text, c.name, e.published_at, e.status, e.archived, r.total FROM ("
                + "SELECT e.document_id, e.published_at, " + scores
                + ", COUNT(*) OVER () AS total FROM search_entry e WHERE " + where
                + " ORDER BY ts DESC, s DESC, e.published_at DESC, e.document_id DESC LIMIT ? OFFSET ?"
                + ") r JOIN search_entry e ON e.document_id = r.document_id JOIN category c ON c.id = e.category_id"
                + " ORDER BY r.ts DESC, r.s DESC, e.published_at DESC, e.document_id DESC";
        return new Statement(sql, params);
    }

    /** The display rows of one page of documents found by the Lucene copy (any order; the caller orders them). */
    public static Statement rows(List<Long> documentIds) {
        String marks = String.join(", ", documentIds.stream().map(id -> "?").toList());
        return new Statement(
                "SELECT e.document_id, e.slug, e.title, e.text, c.name, e.published_at, e.status, e.archived"
                        + " FROM search_entry e JOIN category c ON c.id = e.category_id WHERE e.document_id IN ("
                        + marks + ")",
                new ArrayList<>(documentIds));
    }

    private static String where(Criteria c, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        SearchTerms terms = c.terms();
        if (!terms.indexed().isEmpty()) {
            conditions.add("MATCH(e.title_folded, e.text_folded) AGAINST(? IN BOOLEAN MODE)");
            params.add(terms.booleanAll());
        }
        // words shorter than innodb_ft_min_token_size are not in the FULLTEXT index
        for (String word : terms.unindexed()) {
            String regex = "(^|[^[:alnum:]])" + word;
            conditions.add("(e.title_folded REGEXP ? OR e.text_folded REGEXP ?)");
            params.add(regex);
            params.add(regex);
        }
        if (!c.includeWithdrawn()) {
            conditions.add("e.status = 'PUBLISHED'");
        }
        if (c.excludeArchived()) {
            conditions.add("e.archived = FALSE");
        }
        if (!c.categoryIds().isEmpty()) {
            conditions.add("e.category_id IN ("
                    + String.join(", ", c.categoryIds().stream().map(id -> "?").toList()) + ")");
            params.addAll(c.categoryIds());
        }
        if (c.from() != null) {
            conditions.add("e.published_at >= ?");
            params.add(utc(c.from()));
        }
        if (c.to() != null) {
            conditions.add("e.published_at < ?");
            params.add(utc(c.to()));
        }
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
