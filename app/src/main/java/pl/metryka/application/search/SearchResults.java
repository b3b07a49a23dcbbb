package pl.metryka.application.search;

import java.util.List;

/**
 * A page of results with the total number of matching documents. {@code tooShort}: the query had
 * only words shorter than {@link SearchTerms#MIN_INDEXED} letters, which the FULLTEXT index does not
 * hold; such a query is not run, as it would scan every document.
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize, boolean tooShort) {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 1, SearchIndex.PAGE_SIZE, false);
    }

    static SearchResults onlyShortWords() {
        return new SearchResults(List.of(), 0, 1, SearchIndex.PAGE_SIZE, true);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
