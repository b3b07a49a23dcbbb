package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import pl.metryka.application.BulletinHistory;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.interfaces.web.shared.PageNumber;
import pl.metryka.interfaces.web.shared.Routes;

/** Backs the site-wide Rejestr zmian, the register of withdrawn documents and the archive; 50 to a page. */
@Named("registers")
@RequestScoped
public class RegisterPages {

    static final int PAGE_SIZE = 50;

    @Inject
    private HttpServletRequest request;

    @Inject
    private BulletinHistory history;

    private DocumentCatalog.Page<BulletinHistory.Change> changes;
    private DocumentCatalog.Page<Document> documents;
    private int page;

    public List<BulletinHistory.Change> getChanges() {
        if (changes == null) {
            String action = request.getParameter("czynnosc");
            Set<RegisterAction> actions = EnumSet.noneOf(RegisterAction.class);
            for (RegisterAction a : BulletinHistory.PUBLIC_ACTIONS) {
                if (a.name().equals(action)) {
                    actions.add(a);
                }
            }
            LocalDate from = date("od");
            LocalDate to = date("do");
            PageNumber.Shown<BulletinHistory.Change> shown = PageNumber.show(
                    request.getParameter("strona"), PAGE_SIZE, n -> history.changes(actions, from, to, n, PAGE_SIZE));
            page = shown.page();
            changes = shown.result();
        }
        return changes.items();
    }

    public long getChangeCount() {
        getChanges();
        return changes.total();
    }

    public List<Document> getWithdrawn() {
        if (documents == null) {
            documents(n -> history.withdrawn(n, PAGE_SIZE));
        }
        return documents.items();
    }

    public List<Document> getArchived() {
        if (documents == null) {
            documents(n -> history.archived(n, PAGE_SIZE));
        }
        return documents.items();
    }

    public List<RegisterAction> getActions() {
        return List.copyOf(BulletinHistory.PUBLIC_ACTIONS);
    }

    public String getSelectedAction() {
        return request.getParameter("czynnosc");
    }

    public String versionUrl(BulletinHistory.Change change) {
        return Routes.version(change.slug(), change.entry().revision());
    }

    public String compareUrl(BulletinHistory.Change change) {
        int n = change.entry().revision();
        return change.entry().action() == RegisterAction.AMENDED && n > 1
                ? Routes.compare(change.slug(), n - 1, n)
                : null;
    }

    public int getPage() {
        return page + 1;
    }

    private void documents(IntFunction<DocumentCatalog.Page<Document>> load) {
        PageNumber.Shown<Document> shown = PageNumber.show(request.getParameter("strona"), PAGE_SIZE, load);
        page = shown.page();
        documents = shown.result();
    }

    public int getPages() {
        long total = changes != null ? changes.total() : documents != null ? documents.total() : 0;
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The current query string without the page number, for paging links. */
    public String getQueryWithoutPage() {
        StringBuilder q = new StringBuilder();
        for (String name : new String[] {"czynnosc", "od", "do"}) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                q.append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return q.toString();
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private LocalDate date(String name) {
        try {
            String value = request.getParameter(name);
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
