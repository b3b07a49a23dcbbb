package pl.metryka.application.search;

import java.time.LocalDate;

/**
 * One query as a citizen asked it: words, an optional category (with its subcategories), an
 * optional publication date range (Polish dates, both ends inclusive), whether to include
 * withdrawn documents, whether to leave out archived ones (found by default: they are public), and
 * the 1-based page.
 */
public record SearchRequest(
        String query,
        String categorySlug,
        LocalDate from,
        LocalDate to,
        boolean includeWithdrawn,
        boolean excludeArchived,
        int page) {

    public SearchRequest {
        page = Math.max(1, page);
    }

    public SearchTerms terms() {
        return SearchTerms.of(query);
    }
}
