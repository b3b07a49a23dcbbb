package pl.metryka.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.application.BipLogos;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PointInTime;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.podmiot.Podmiot;

/** What every public page shows around its content: the publishing body and the menu przedmiotowe. */
@Named("site")
@RequestScoped
public class SiteBean {

    @Inject
    private PodmiotSettings settings;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private Language language;

    @Inject
    private PublicAddress address;

    @Inject
    private BipLogos logos;

    private Podmiot podmiot;
    private String logoVersion;
    private boolean logoLoaded;
    private boolean podmiotLoaded;
    private List<Category> categories;

    public Podmiot getPodmiot() {
        if (!podmiotLoaded) {
            podmiot = settings.podmiot().orElse(null);
            podmiotLoaded = true;
        }
        return podmiot;
    }

    public String getPodmiotName() {
        return getPodmiot() == null ? "Biuletyn Informacji Publicznej" : podmiot.name();
    }

    /** The accessibility statement's full address, for the {@code deklaracja-dostępności} meta tag of every page. */
    public String getStatementUrl() {
        return address.site() + "/deklaracja-dostepnosci";
    }

    /** The uploaded BIP logo's hash, for its never-changing address; null: the drawn placeholder is shown. */
    public String getLogoVersion() {
        if (!logoLoaded) {
            logoVersion = logos.version().orElse(null);
            logoLoaded = true;
        }
        return logoVersion;
    }

    /** The meta description of a page that has none of its own: the bulletin and its publishing body. */
    public String getDescription() {
        return MessageFormat.format(language.text("site.description"), getPodmiotName());
    }

    /** The meta description of a page about {@code heading} (a category, the register, a statutory page). */
    public String describe(String heading) {
        return MessageFormat.format(language.text("site.description.page"), heading, getPodmiotName());
    }

    /** The top level of the menu przedmiotowe, in its order. */
    public List<Category> getMenu() {
        return categories().stream().filter(c -> c.parent() == null).toList();
    }

    public List<Category> childrenOf(Category parent) {
        return categories().stream()
                .filter(c -> c.parent() != null && c.parent().id().equals(parent.id()))
                .toList();
    }

    /** A document in a list: the title and metryka of its version in force at the end of {@code day} (null: now). */
    public record Listed(String title, MetrykaView metryka) {}

    public Listed listed(Document d, LocalDate day) {
        Revision shown =
                day == null ? d.currentRevision() : d.revisionAsOf(endOf(day)).orElse(d.currentRevision());
        return new Listed(shown.title(), MetrykaView.of(d, shown));
    }

    public Instant endOf(LocalDate day) {
        return PointInTime.endOf(day);
    }

    public Instant getNow() {
        return Instant.now();
    }

    /** Every category in menu order, read once per request for the menu and the pages that list them too. */
    public List<Category> getCategories() {
        return categories();
    }

    private List<Category> categories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }
}
