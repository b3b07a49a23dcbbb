package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.EditorialContactRepository;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.domain.model.site.StatutoryPageRepository;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;
import pl.metryka.domain.shared.Sha256;

/**
 * The statutory pages of the strona podmiotowa: their edited texts and the editors' contacts for
 * everyone to read; storing an edited text is an administrator's settings change and goes into
 * the change register in the same transaction.
 */
@Stateless
public class StatutoryPages {

    private static final Logger LOG = Logger.getLogger(StatutoryPages.class.getName());

    @Inject
    private StatutoryPageRepository pages;

    @Inject
    private EditorialContactRepository editors;

    @Inject
    private BodySanitizer sanitizer;

    @Inject
    private AdministratorChanges changes;

    /** The edited text of a page, if an administrator stored one. */
    public Optional<StatutoryPage> page(String slug) {
        return pages.find(slug);
    }

    public List<EditorialContact> editors() {
        return editors.all();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public StatutoryPage store(String slug, String title, String body) {
        if (!StatutoryPage.SLUGS.contains(slug)) {
            throw InvalidInputException.of("slug", "statutory.slug.unknown", String.valueOf(slug));
        }
        if (title == null || title.isBlank()) {
            throw InvalidInputException.of("title", "statutory.title.required");
        }
        Editor editor = changes.editor();
        Instant now = Moment.now();
        StatutoryPage page = pages.find(slug).orElseGet(() -> new StatutoryPage(slug));
        page.edit(title, sanitizer.sanitize(body), editor.fullName(), now);
        pages.store(page);
        changes.register(
                now, "Strona „" + page.title() + "” (/" + slug + ")", "Zmiana treści strony", Sha256.hex(page.body()));
        LOG.info(() -> "Statutory page " + slug + " changed by " + editor.username());
        return page;
    }
}
