package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.shared.Paging;

/**
 * What the bulletin shows: public documents for everyone, drafts only to clerks. Pages and the
 * REST API read through here.
 */
@Stateless
public class DocumentCatalog {

    @Inject
    private DocumentRepository documents;

    @Inject
    private CategoryRepository categories;

    @Inject
    private RegisterRepository register;

    @Inject
    private AttachmentStore files;

    @Inject
    private CurrentUser currentUser;

    public record Page<T>(List<T> items, long total) {}

    public Page<Document> publicDocuments(int page, int size) {
        return new Page<>(documents.publicDocuments(Paging.offset(page, size), size), documents.countPublic());
    }

    /** A document the caller may see: public ones to anybody, others only to clerks. */
    public Optional<Document> visibleDocument(long id) {
        return documents.find(id).filter(this::visible);
    }

    public Optional<Document> visibleDocument(String slug) {
        return documents.findBySlug(slug).filter(this::visible);
    }

    /** For citizens' pages: only what has been made public, whoever asks. */
    public Optional<Document> publicDocument(String slug) {
        return documents.findBySlug(slug).filter(Document::isPublic);
    }

    private boolean visible(Document document) {
        return document.isPublic()
                || currentUser.isInRole(Role.Names.REDAKTOR)
                || currentUser.isInRole(Role.Names.REDAKTOR_NACZELNY);
    }

    public Optional<Category> category(String slug) {
        return categories.findBySlug(slug);
    }

    /** The category a renamed category's old address now leads to. */
    public Optional<Category> categoryFormerlyAt(String slug) {
        return categories.formerlyAt(slug);
    }

    /** Public documents of a category and all its subcategories. */
    public Page<Document> publicDocumentsUnder(Category category, boolean oldestFirst, int page, int size) {
        List<Long> ids = new ArrayList<>();
        collect(category, categories.all(), ids);
        return new Page<>(
                documents.publicDocumentsIn(ids, oldestFirst, Paging.offset(page, size), size),
                documents.countPublicIn(ids));
    }

    static void collect(Category node, List<Category> all, List<Long> ids) {
        ids.add(node.id());
        for (Category c : all) {
            if (c.parent() != null && c.parent().id().equals(node.id())) {
                collect(c, all, ids);
            }
        }
    }

    public List<Category> categories() {
        return categories.all();
    }

    /** The public register: entries whose kind is not public information are masked ({@link PublicRegisterEntry}). */
    public List<PublicRegisterEntry> registerAfter(long seq, int limit) {
        return register.after(seq, limit).stream().map(PublicRegisterEntry::of).toList();
    }

    /** The document's moves to other categories, oldest first (public: the register's MOVED entries). */
    public List<RegisterEntry> movesOf(long documentId) {
        return register.forDocument(documentId).stream()
                .filter(e -> e.action() == pl.metryka.domain.model.register.RegisterAction.MOVED)
                .toList();
    }

    public List<RegisterEntry> registerOf(long documentId) {
        return register.forDocument(documentId);
    }

    public Optional<byte[]> attachmentContent(String sha256) {
        return files.content(sha256);
    }
}
