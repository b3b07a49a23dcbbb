package pl.metryka.interfaces.web.panel;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.metryka.application.AuditTrail;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;

/**
 * Every 403 page shown — a security constraint of web.xml or a service refusing a page's action
 * — is an unauthorised attempt, and the law asks that it be logged: the error dispatch to the 403
 * page passes here and is written to the audit log. (The REST API logs its own 403s.)
 */
@WebFilter(urlPatterns = "/error/403.html", dispatcherTypes = DispatcherType.ERROR)
public class RefusalAudit extends HttpFilter {

    @Inject
    private AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String target = uri == null ? request.getRequestURI() : uri.toString();
        String user = request.getRemoteUser();
        audit.record(
                user,
                request.getMethod() + " " + target,
                Outcome.REFUSED,
                target,
                user == null ? "not authenticated" : "missing role",
                request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
