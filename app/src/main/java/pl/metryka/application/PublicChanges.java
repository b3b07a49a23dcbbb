package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterRepository;

/** The newest public changes from the change register, for the whole site, a category or one document. */
@Stateless
public class PublicChanges {

    @Inject
    private RegisterRepository register;

    @Inject
    private DocumentRepository documents;

    @Inject
    private CategoryRepository categories;

    public List<PublicChange> newest(int limit) {
        return resolve(register.newestPublic(limit));
    }

    /** Changes of the documents filed under the category or any of its subcategories. */
    public List<PublicChange> newestUnder(Category category, int limit) {
        List<Long> categoryIds = new ArrayList<>();
        DocumentCatalog.collect(category, categories.all(), categoryIds);
        return resolve(register.newestPublicFor(documents.publicDocumentIdsIn(categoryIds), limit));
    }

    /**
     * When the bulletin last changed in public - what an empty feed gives as its {@code <updated>},
     * so that its ETag stays put until something changes: the newest public change (among the
     * latest {@code window}), else the change register's last entry; empty before there is any.
     */
    public Optional<Instant> lastChange(int window) {
        List<PublicChange> newest = newest(window);
        if (!newest.isEmpty()) {
            return Optional.of(newest.get(0).at());
        }
        long head = register.head().seq();
        return head == 0
                ? Optional.empty()
                : register.after(head - 1, 1).stream().findFirst().map(RegisterEntry::at);
    }

    public List<PublicChange> newestOf(Document document, int limit) {
        return resolve(register.newestPublicFor(List.of(document.id()), limit));
    }

    private List<PublicChange> resolve(List<RegisterEntry> entries) {
        Map<Long, Optional<Document>> loaded = new HashMap<>();
        List<PublicChange> changes = new ArrayList<>();
        for (RegisterEntry e : entries) {
            if (e.documentId() == null || e.revision() == null) {
                continue;
            }
            Optional<Document> document =
                    loaded.computeIfAbsent(e.documentId(), documents::find).filter(Document::isPublic);
            Optional<Revision> revision = document.flatMap(d -> d.revision(e.revision()));
            if (revision.isEmpty()) {
                continue;
            }
            String title = e.subject() != null ? e.subject() : revision.get().title();
            String body =
                    e.action() == RegisterAction.PUBLISHED ? revision.get().body() : null;
            boolean madePublic = e.action() == RegisterAction.PUBLISHED
                    || e.action() == RegisterAction.AMENDED
                    || e.action() == RegisterAction.IMPORTED;
            changes.add(new PublicChange(
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.documentId(),
                    document.get().slug(),
                    e.revision(),
                    title,
                    e.reason(),
                    body,
                    madePublic && revision.get().isPublished()
                            ? MetrykaView.of(document.get(), revision.get())
                            : null));
        }
        return changes;
    }
}
