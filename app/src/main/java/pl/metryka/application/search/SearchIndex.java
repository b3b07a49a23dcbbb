package pl.metryka.application.search;

import static pl.metryka.domain.shared.Moment.POLAND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.metryka.application.diff.HtmlText;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.shared.Paging;

/**
 * The search index of public documents. {@link #update} is called by every public change
 * (publish, amend, withdraw, archive, scheduled publication, demo replay) inside its transaction,
 * so the index commits or rolls back together with the change and its register entry.
 */
@ApplicationScoped
public class SearchIndex {

    public static final int PAGE_SIZE = 20;
    // MEDIUMTEXT holds 16 MB; at up to 4 bytes a character this always fits
    static final int MAX_TEXT = 4_000_000;

    @Inject
    private SearchStore store;

    @Inject
    private CategoryRepository categories;

    @Inject
    private Morphology morphology;

    /** (Re)writes the document's index row from its current revision; drafts are never indexed. */
    public void update(Document document) {
        if (!document.isPublic()) {
            return;
        }
        Revision current = document.currentRevision();
        List<String> sha256s =
                current.attachments().stream().map(Attachment::sha256).toList();
        Map<String, String> attachmentTexts = sha256s.isEmpty() ? Map.of() : store.attachmentTexts(sha256s);
        StringBuilder text = new StringBuilder(String.join("\n", HtmlText.paragraphs(current.body())));
        for (Attachment a : current.attachments()) {
            text.append("\n").append(a.fileName());
            if (a.description() != null) {
                text.append("\n").append(a.description());
            }
            String extracted = attachmentTexts.get(a.sha256());
            if (extracted != null) {
                text.append("\n").append(extracted);
            }
        }
        String body = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
        // the dates a result shows come from the one metryka definition (MetrykaView)
        MetrykaView metryka = MetrykaView.of(document, current);
        Instant changedAt =
                metryka.versionPublishedAt() != null ? metryka.versionPublishedAt() : metryka.firstPublishedAt();
        if (document.archivedAt() != null && document.archivedAt().isAfter(changedAt)) {
            changedAt = document.archivedAt();
        }
        if (document.withdrawal() != null && document.withdrawal().at().isAfter(changedAt)) {
            changedAt = document.withdrawal().at();
        }
        store.put(new SearchEntry(
                document.id(),
                document.slug(),
                current.title(),
                body,
                document.category().id(),
                document.status().name(),
                document.archived(),
                metryka.firstPublishedAt(),
                changedAt));
    }

    public SearchResults search(SearchRequest request) {
        SearchTerms terms = request.terms();
        if (terms.isEmpty()) {
            return SearchResults.none();
        }
        if (terms.indexed().isEmpty()) {
            return SearchResults.onlyShortWords();
        }
        List<Long> categoryIds = new ArrayList<>();
        if (request.categorySlug() != null && !request.categorySlug().isBlank()) {
            Optional<Category> category = categories.findBySlug(request.categorySlug());
            if (category.isEmpty()) {
                return SearchResults.none();
            }
            collect(category.get(), categories.all(), categoryIds);
        }
        SearchStore.Criteria criteria = new SearchStore.Criteria(
                terms,
                categoryIds,
                startOf(request.from()),
                request.to() == null ? null : startOf(request.to().plusDays(1)),
                request.includeWithdrawn(),
                request.excludeArchived());
        SearchStore.Found found = store.find(criteria, Paging.offset(request.page() - 1, PAGE_SIZE), PAGE_SIZE);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchStore.Row row : found.rows()) {
            hits.add(new SearchHit(
                    row.slug(),
                    row.title(),
                    Snippets.of(row.text(), terms, morphology),
                    row.categoryName(),
                    row.publishedAt(),
                    DocumentStatus.WITHDRAWN.name().equals(row.status()),
                    row.archived()));
        }
        return new SearchResults(hits, found.total(), request.page(), PAGE_SIZE, false);
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(POLAND).toInstant();
    }

    private static void collect(Category node, List<Category> all, List<Long> ids) {
        ids.add(node.id());
        for (Category c : all) {
            if (c.parent() != null && c.parent().id().equals(node.id())) {
                collect(c, all, ids);
            }
        }
    }
}
