package pl.metryka.application.search;

import java.util.List;

/** A page of results with the total number of matching documents. */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize) {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0, 1, SearchIndex.PAGE_SIZE);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
