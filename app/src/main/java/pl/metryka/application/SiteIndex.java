package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.Revision;

/** Everything public that has an address of its own, for the sitemap. */
@Stateless
public class SiteIndex {

    private static final int BATCH = 500;

    @Inject
    private DocumentRepository documents;

    @Inject
    private CategoryRepository categories;

    public record Version(int number, Instant publishedAt) {}

    /** {@code withdrawn}: the document's own page is readable but not to be indexed; its versions are listed. */
    public record Entry(String slug, boolean withdrawn, Instant lastModified, List<Version> versions) {}

    public List<Category> categories() {
        return categories.all();
    }

    public List<Entry> publicDocuments() {
        List<Entry> entries = new ArrayList<>();
        List<Document> batch;
        int offset = 0;
        do {
            batch = documents.publicDocuments(offset, BATCH);
            for (Document d : batch) {
                entries.add(entryOf(d));
            }
            offset += BATCH;
        } while (batch.size() == BATCH);
        return entries;
    }

    private static Entry entryOf(Document d) {
        List<Version> versions = new ArrayList<>();
        Instant last = d.firstPublishedAt();
        for (Revision r : d.publishedRevisions()) {
            versions.add(new Version(r.number(), r.metryka().publishedAt()));
            last = latest(last, r.metryka().publishedAt());
        }
        last = latest(last, d.archivedAt());
        if (d.withdrawal() != null) {
            last = latest(last, d.withdrawal().at());
        }
        return new Entry(d.slug(), d.withdrawal() != null, last, versions);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
