package pl.metryka.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import pl.metryka.application.AuditTrail;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;

/**
 * The audit event of an API request that was refused: the method and address as the action, the
 * address as the target, and why. Written alike wherever the refusal happens (before the body is
 * read, or when the service refuses the role), so the auditors' filters find every one of them.
 */
@ApplicationScoped
public class RefusedApiRequests {

    @Inject
    private AuditTrail audit;

    /** {@code user}: who asked, null when anonymous. In a transaction of its own (AuditTrail). */
    void record(HttpServletRequest request, String user, String why) {
        audit.record(
                user,
                request.getMethod() + " " + request.getRequestURI(),
                Outcome.REFUSED,
                request.getRequestURI(),
                why,
                request.getRemoteAddr());
    }
}
