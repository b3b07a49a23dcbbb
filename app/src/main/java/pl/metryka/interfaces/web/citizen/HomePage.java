package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import pl.metryka.application.BulletinHistory;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.document.Document;
import pl.metryka.interfaces.web.cache.PageCache;
import pl.metryka.interfaces.web.shared.PointInTimeView;

/** The home page (strona podmiotowa): the newest public documents and the most recently changed ones. */
@Named("home")
@RequestScoped
public class HomePage {

    private static final int SHOWN = 10;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private BulletinHistory history;

    @Inject
    private PointInTimeView stan;

    @Inject
    private HttpServletRequest request;

    private List<Document> latest;

    /** Everything on the home page changes only with the bulletin (a register entry). */
    @PostConstruct
    void cacheable() {
        PageCache.cacheable(request, PageCache.Scope.BULLETIN);
    }

    private List<Document> changed;

    public List<Document> getLatest() {
        if (latest == null) {
            latest = stan.isActive()
                    ? history.asOf(stan.getDate(), null, 0, SHOWN).items()
                    : catalog.publicDocuments(0, SHOWN).items();
        }
        return latest;
    }

    /** The whole menu przedmiotowe as nested lists, for the strona podmiotowa. */
    public String getMenuTree() {
        return SiteMapTree.html(catalog.categories(), request.getContextPath());
    }

    public List<Document> getChanged() {
        if (changed == null) {
            changed = history.recentlyAmended(SHOWN);
        }
        return changed;
    }
}
