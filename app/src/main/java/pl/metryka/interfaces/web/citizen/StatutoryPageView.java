package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import pl.metryka.application.AccessibilityStatements;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.StatutoryPages;
import pl.metryka.domain.model.site.AccessibilityStatement.Assessment;
import pl.metryka.domain.model.site.AccessibilityStatement.Content;
import pl.metryka.domain.model.site.EditorialContact;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.SiteBean;
import pl.metryka.interfaces.web.shared.StatutoryHeadings;

/**
 * One statutory page: its heading, the administrator's stored text when there is one, and what
 * the default texts are generated from (editors' contacts, the accessibility statement).
 */
@Named("statutory")
@RequestScoped
public class StatutoryPageView {

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

    @Inject
    private AccessibilityStatements statements;

    private StatutoryPage stored;
    private boolean storedLoaded;
    private List<EditorialContact> editors;
    private Content statement;

    public String getSlug() {
        Object slug = request.getAttribute(StatutoryRoutes.ATTRIBUTE);
        return slug == null ? "" : slug.toString();
    }

    /** The stored title names the page in Polish; English readers get the translated heading. */
    public String getHeading() {
        return getStored() != null && !language.isEnglish()
                ? stored.title()
                : language.text(Objects.requireNonNullElse(StatutoryHeadings.key(getSlug()), "site.title"));
    }

    public String headingOf(String slug) {
        return language.text(StatutoryHeadings.key(slug));
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

    /** The accessibility statement as the administrator stated it (or its defaults). */
    public Content getStatement() {
        if (statement == null) {
            statement = statements.current();
        }
        return statement;
    }

    /** The statement's free texts, one paragraph or list item per line the administrator typed. */
    public List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The status sentence of the template, in the reader's language. */
    public String getStatusText() {
        return language.text("statement.sentence." + getStatement().status().name());
    }

    public boolean isAudited() {
        return getStatement().assessment() == Assessment.AUDIT;
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
