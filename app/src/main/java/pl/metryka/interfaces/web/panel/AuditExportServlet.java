package pl.metryka.interfaces.web.panel;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import pl.metryka.application.AuditLog;
import pl.metryka.domain.model.audit.AuditQuery;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/dziennik/eksport.csv} and {@code .pdf}: the filtered audit log as a file, for the
 * logged-in auditor (web.xml restricts /panel/dziennik/* to AUDYTOR; the service checks again and
 * records the export).
 */
@WebServlet(urlPatterns = {"/panel/dziennik/eksport.csv", "/panel/dziennik/eksport.pdf"})
public class AuditExportServlet extends HttpServlet {

    @Inject
    private AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        AuditQuery query;
        try {
            query = new AuditLogPageQuery(request).query();
        } catch (InvalidInputException e) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST, e.errors().get(0).message(Language.resolve(request)));
            return;
        }
        byte[] content =
                pdf ? log.exportPdf(query, request.getRemoteAddr()) : log.exportCsv(query, request.getRemoteAddr());
        response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"dziennik-zdarzen." + (pdf ? "pdf" : "csv") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The page's filter parameters read from a plain request. */
    private static final class AuditLogPageQuery {
        private final HttpServletRequest request;

        AuditLogPageQuery(HttpServletRequest request) {
            this.request = request;
        }

        AuditQuery query() {
            String document = request.getParameter("dokument");
            Long id = null;
            if (document != null && !document.isBlank()) {
                try {
                    id = Long.parseLong(document.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("dokument", "audit.document.notNumber");
                }
            }
            return new AuditQuery(
                    request.getParameter("kto"),
                    request.getParameter("czynnosc"),
                    id,
                    date(request.getParameter("od")),
                    date(request.getParameter("do")));
        }

        private static LocalDate date(String value) {
            try {
                return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("od", "audit.date.invalid", value);
            }
        }
    }
}
