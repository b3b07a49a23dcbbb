package pl.metryka.interfaces.web.panel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.application.AuditLog;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditQuery;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Paging;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/dziennik/}: the audit log, filtered by a plain GET form (kto, czynnosc, dokument,
 * od, do) and paged (strona); the same filter feeds the CSV and PDF export links.
 */
@Named("auditLog")
@RequestScoped
public class AuditLogPage {

    static final int PAGE_SIZE = 50;

    @Inject
    private AuditLog log;

    @Inject
    private HttpServletRequest request;

    private String kto;
    private String czynnosc;
    private String dokument;
    private String od;
    private String doDnia;
    private int strona;
    private DocumentCatalog.Page<AuditEvent> page;
    private String error;

    @PostConstruct
    void load() {
        kto = request.getParameter("kto");
        czynnosc = request.getParameter("czynnosc");
        dokument = request.getParameter("dokument");
        od = request.getParameter("od");
        doDnia = request.getParameter("do");
        try {
            strona = Math.min(
                    Paging.lastPage(PAGE_SIZE),
                    Math.max(
                            0,
                            Integer.parseInt(
                                    request.getParameter("strona") == null ? "0" : request.getParameter("strona"))));
        } catch (NumberFormatException e) {
            strona = 0;
        }
        try {
            page = log.search(query(), strona, PAGE_SIZE);
        } catch (InvalidInputException e) {
            error = e.errors().get(0).message(Language.resolve(request));
            page = new DocumentCatalog.Page<>(List.of(), 0);
        }
    }

    AuditQuery query() {
        Long document = null;
        if (dokument != null && !dokument.isBlank()) {
            try {
                document = Long.parseLong(dokument.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("dokument", "audit.document.notNumber");
            }
        }
        return new AuditQuery(kto, czynnosc, document, date("od", od), date("do", doDnia));
    }

    private static LocalDate date(String field, String value) {
        return TypedDay.parse(value, () -> InvalidInputException.of(field, "audit.date.invalid", value));
    }

    /** The filter as a query string, for the pager and the export links. */
    public String getFilter() {
        return "kto=" + enc(kto) + "&czynnosc=" + enc(czynnosc) + "&dokument=" + enc(dokument) + "&od=" + enc(od)
                + "&do=" + enc(doDnia);
    }

    private static String enc(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public DocumentCatalog.Page<AuditEvent> getPage() {
        return page;
    }

    public String getError() {
        return error;
    }

    public String getKto() {
        return kto;
    }

    public String getCzynnosc() {
        return czynnosc;
    }

    public String getDokument() {
        return dokument;
    }

    public String getOd() {
        return od;
    }

    public String getDo() {
        return doDnia;
    }

    public int getStrona() {
        return strona;
    }

    public boolean isHasNext() {
        return (long) (strona + 1) * PAGE_SIZE < page.total();
    }
}
