package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import pl.metryka.application.BulletinHistory;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Document;
import pl.metryka.interfaces.web.shared.PageNumber;
import pl.metryka.interfaces.web.shared.PointInTimeView;

/** A category of the menu przedmiotowe with its documents, newest first, twenty to a page. */
@Named("category")
@RequestScoped
public class CategoryPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private HttpServletRequest request;

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private BulletinHistory history;

    @Inject
    private PointInTimeView stan;

    private Category category;
    private DocumentCatalog.Page<Document> documents;
    private int page;

    @PostConstruct
    void load() {
        category = (Category) request.getAttribute(CategoryRoutes.ATTRIBUTE);
        if (category != null) {
            PageNumber.Shown<Document> shown = PageNumber.show(
                    request.getParameter("strona"),
                    PAGE_SIZE,
                    n -> stan.isActive()
                            ? history.asOf(stan.getDate(), category, n, PAGE_SIZE)
                            : catalog.publicDocumentsUnder(category, isOldestFirst(), n, PAGE_SIZE));
            page = shown.page();
            documents = shown.result();
        }
    }

    public boolean isOldestFirst() {
        return "najstarsze".equals(request.getParameter("kolejnosc"));
    }

    public Category getCategory() {
        return category;
    }

    public List<Category> getPath() {
        return category.path();
    }

    public List<Document> getDocuments() {
        return documents.items();
    }

    public long getTotal() {
        return documents.total();
    }

    public int getPage() {
        return page + 1;
    }

    public int getPages() {
        return (int) Math.max(1, (documents.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
