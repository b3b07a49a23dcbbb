package pl.metryka.application.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the index is kept (the {@code search_entry} table) and how it is queried. */
public interface SearchStore {

    /** Inserts or replaces the document's row, in the caller's transaction. */
    void put(SearchEntry entry);

    /** Extracted text of stored files, by SHA-256; files without text are absent. */
    Map<String, String> attachmentTexts(Collection<String> sha256s);

    /**
     * The filters of one query, already resolved: folded words, category ids (empty = all), UTC bounds,
     * whether withdrawn documents are included (not by default) and archived ones left out (archived
     * documents stay public and are found by default).
     */
    record Criteria(
            SearchTerms terms,
            List<Long> categoryIds,
            Instant from,
            Instant to,
            boolean includeWithdrawn,
            boolean excludeArchived) {}

    /** A matching row, before the snippet is made. */
    record Row(
            String slug,
            String title,
            String text,
            String categoryName,
            Instant publishedAt,
            String status,
            boolean archived) {}

    /** One page of matches, best first, and the number of all matches. */
    record Found(List<Row> rows, long total) {}

    Found find(Criteria criteria, int offset, int limit);

    long count(Criteria criteria);
}
