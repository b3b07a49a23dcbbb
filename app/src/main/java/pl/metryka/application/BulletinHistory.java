package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.category.CategoryRepository;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentHistory;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.shared.Paging;

/**
 * The bulletin's past for citizens: the site-wide change register, the registers of withdrawn and
 * archived documents, and the bulletin as it stood at the end of any day ("stan na dzień").
 */
@Stateless
public class BulletinHistory {

    /** The kinds of change the Rejestr zmian page lists: {@link RegisterAction#isPublicChange()}, decided there. */
    public static final Set<RegisterAction> PUBLIC_ACTIONS = Arrays.stream(RegisterAction.values())
            .filter(RegisterAction::isPublicChange)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegisterAction.class)));

    private static final Instant BEGINNING = Instant.parse("1990-01-01T00:00:00Z");

    @Inject
    private DocumentHistory history;

    @Inject
    private CategoryRepository categories;

    /** One line of the public register, with the document's address. */
    public record Change(RegisterEntry entry, String slug) {}

    public DocumentCatalog.Page<Change> changes(
            Set<RegisterAction> actions, LocalDate from, LocalDate to, int page, int size) {
        Set<RegisterAction> wanted = actions == null || actions.isEmpty() ? PUBLIC_ACTIONS : EnumSet.copyOf(actions);
        wanted.retainAll(PUBLIC_ACTIONS);
        Instant start = from == null ? BEGINNING : PointInTime.endOf(from.minusDays(1));
        Instant end = to == null ? Instant.now().plusSeconds(60) : PointInTime.endOf(to);
        List<RegisterEntry> entries = history.publicChanges(wanted, start, end, Paging.offset(page, size), size);
        Map<Long, String> slugs = history.slugs(
                entries.stream().map(RegisterEntry::documentId).distinct().toList());
        return new DocumentCatalog.Page<>(
                entries.stream()
                        .map(e -> new Change(e, slugs.get(e.documentId())))
                        .toList(),
                history.countPublicChanges(wanted, start, end));
    }

    public DocumentCatalog.Page<Document> withdrawn(int page, int size) {
        return new DocumentCatalog.Page<>(history.withdrawn(Paging.offset(page, size), size), history.countWithdrawn());
    }

    public DocumentCatalog.Page<Document> archived(int page, int size) {
        return new DocumentCatalog.Page<>(history.archived(Paging.offset(page, size), size), history.countArchived());
    }

    public List<Document> recentlyAmended(int limit) {
        return history.recentlyAmended(limit);
    }

    /** What the home page (category null) or a category page listed at the end of {@code day}. */
    public DocumentCatalog.Page<Document> asOf(LocalDate day, Category category, int page, int size) {
        Instant t = PointInTime.endOf(day);
        List<Long> ids = category == null ? null : subtree(category);
        return new DocumentCatalog.Page<>(
                history.publishedBefore(t, ids, Paging.offset(page, size), size), history.countPublishedBefore(t, ids));
    }

    private List<Long> subtree(Category root) {
        List<Long> ids = new ArrayList<>();
        DocumentCatalog.collect(root, categories.all(), ids);
        return ids;
    }
}
