package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.StatutoryPages;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.SiteBean;

/**
 * One statutory page: its heading, the administrator's stored text when there is one, and what
 * the default texts are generated from (editors' contacts, the accessibility statement's dates).
 */
@Named("statutory")
@RequestScoped
public class StatutoryPageView {

    /** The message key of each page's heading; the footer of the site frame uses the same keys. */
    static final Map<String, String> HEADINGS = Map.of(
            "redakcja", "page.redakcja",
            "instrukcja", "page.instrukcja",
            "informacje-nieudostepnione", "page.nieudostepnione",
            "ponowne-wykorzystywanie", "page.ponowne",
            "deklaracja-dostepnosci", "page.deklaracja",
            "mapa-strony", "page.mapa");

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicAddress address;

    @Inject
    private StatutoryPages pages;

    @Inject
    private Language language;

    @Inject
    private SiteBean site;

    @Inject
    private DocumentCatalog catalog;

    private StatutoryPage stored;
    private boolean storedLoaded;
    private List<EditorialContact> editors;
    private LocalDate sitePublished;
    private LocalDate statementPrepared;

    public String getSlug() {
        Object slug = request.getAttribute(StatutoryRoutes.ATTRIBUTE);
        return slug == null ? "" : slug.toString();
    }

    /** The stored title names the page in Polish; English readers get the translated heading. */
    public String getHeading() {
        return getStored() != null && !language.isEnglish()
                ? stored.title()
                : language.text(HEADINGS.getOrDefault(getSlug(), "site.title"));
    }

    public String headingOf(String slug) {
        return language.text(HEADINGS.get(slug));
    }

    public List<String> getSlugs() {
        return StatutoryPage.SLUGS;
    }

    public StatutoryPage getStored() {
        if (!storedLoaded) {
            stored = pages.page(getSlug()).orElse(null);
            storedLoaded = true;
        }
        return stored;
    }

    public List<EditorialContact> getEditors() {
        if (editors == null) {
            editors = pages.editors();
        }
        return editors;
    }

    /** The person the accessibility statement names for contact: the first editor, if any. */
    public EditorialContact getContact() {
        return getEditors().isEmpty() ? null : editors.get(0);
    }

    public String getContactEmail() {
        EditorialContact c = getContact();
        return c != null && c.email() != null
                ? c.email()
                : site.getPodmiot() == null ? "" : site.getPodmiot().email();
    }

    public String getContactPhone() {
        EditorialContact c = getContact();
        return c != null && c.phone() != null
                ? c.phone()
                : site.getPodmiot() == null ? "" : site.getPodmiot().phone();
    }

    public LocalDate getSitePublished() {
        if (sitePublished == null) {
            sitePublished = pages.sitePublishedOn();
        }
        return sitePublished;
    }

    public LocalDate getStatementPrepared() {
        if (statementPrepared == null) {
            statementPrepared = pages.statementPreparedOn();
        }
        return statementPrepared;
    }

    /** The last significant update the statement reports: never before the site was published. */
    public LocalDate getLastUpdate() {
        LocalDate published = getSitePublished();
        LocalDate prepared = getStatementPrepared();
        return prepared.isAfter(published) ? prepared : published;
    }

    /** This bulletin's own address, for the statement's a11y-url. */
    public String getSiteUrl() {
        return address.site() + "/";
    }

    /** A {@code tel:} link for a Polish number as people write it ("32 642 85 00"). */
    public String tel(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.length() == 9 ? "+48" + digits : digits);
    }

    /** The menu przedmiotowe as nested lists of links, for the site map. */
    public String getMenuTree() {
        return SiteMapTree.html(catalog.categories(), request.getContextPath());
    }
}
