package pl.metryka.interfaces.web.panel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.metryka.application.ClerkDesk;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.shared.Paging;

/** {@code /panel/dokumenty.xhtml?status=&q=&strona=}: every document, drafts included, newest first. A GET form. */
@Named("documentList")
@RequestScoped
public class DocumentListPage {

    static final int PAGE_SIZE = 25;

    @Inject
    private ClerkDesk desk;

    private String status;
    private String q;
    private int strona;
    private DocumentCatalog.Page<Document> page;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getStrona() {
        return strona;
    }

    public void setStrona(int strona) {
        this.strona = Math.min(Paging.lastPage(PAGE_SIZE), Math.max(0, strona));
    }

    public DocumentStatus[] getStatuses() {
        return DocumentStatus.values();
    }

    public DocumentCatalog.Page<Document> getPage() {
        if (page == null) {
            page = desk.documents(parsedStatus(), q, strona, PAGE_SIZE);
        }
        return page;
    }

    public boolean isHasNext() {
        return (long) (strona + 1) * PAGE_SIZE < getPage().total();
    }

    private DocumentStatus parsedStatus() {
        for (DocumentStatus s : DocumentStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
