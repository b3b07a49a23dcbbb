package pl.metryka.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import pl.metryka.application.SiteAdministration;
import pl.metryka.application.StatutoryPages;
import pl.metryka.domain.model.site.StatutoryPage;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.StatutoryHeadings;

/**
 * {@code /panel/administracja/strony.xhtml?strona=}: the statutory pages, and for the chosen one
 * the administrator's title and additional text (HTML, sanitized when stored) with a preview of
 * exactly what the public page will show under its generated part.
 */
@Named("adminStatutory")
@ViewScoped
public class StatutoryPagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteAdministration administration;

    @Inject
    private StatutoryPages pages;

    @Inject
    private Language lang;

    private String strona;
    private String title;
    private String body;
    private String preview;
    private boolean loaded;

    public void load() {
        if (loaded || !isChosen()) {
            return;
        }
        StatutoryPage stored = pages.page(strona).orElse(null);
        // the public page is Polish: its default title comes from the Polish texts, whatever the admin's language
        title = stored == null
                ? ResourceBundle.getBundle("pl.metryka.i18n.messages", Language.POLISH)
                        .getString(StatutoryHeadings.key(strona))
                : stored.title();
        body = stored == null ? "" : stored.body();
        loaded = true;
    }

    public boolean isChosen() {
        return strona != null && StatutoryPage.SLUGS.contains(strona);
    }

    public List<String> getSlugs() {
        return StatutoryPage.SLUGS;
    }

    public String headingOf(String slug) {
        return lang.text(StatutoryHeadings.key(slug));
    }

    public boolean edited(String slug) {
        return pages.page(slug).isPresent();
    }

    public void showPreview() {
        preview = administration.preview(body);
    }

    public void save() {
        try {
            StatutoryPage page = administration.saveStatutoryPage(strona, title, body, AdminForms.remoteAddress());
            body = page.body();
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "edycja-strony", Map.of("title", "title", "body", "body"));
            return;
        }
        preview = null;
        AdminForms.info(lang.text("admin.statutory.saved"));
    }

    public String getStrona() {
        return strona;
    }

    public void setStrona(String strona) {
        this.strona = strona;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPreview() {
        return preview;
    }
}
