package pl.metryka.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import pl.metryka.application.AuditTrail;
import pl.metryka.application.CurrentUser;
import pl.metryka.application.NotFoundException;
import pl.metryka.domain.model.audit.AuditEvent.Outcome;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.RevisionConflictException;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.InvalidInputException;

/** Maps the application's exceptions to the API's status codes and its {@code {"errors":[…]}} body. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response json(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return json(Response.Status.BAD_REQUEST, new ApiError(e.errors()));
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return json(Response.Status.BAD_REQUEST, ApiError.of(null, "Niepoprawny JSON: " + e.getMessage()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return json(Response.Status.NOT_FOUND, ApiError.of(null, e.getMessage()));
        }
    }

    /** 409 with the revision that is current now, so a client can fetch it and merge. */
    public record ConflictError(List<FieldError> errors, int currentRevision) {
    }

    @Provider
    public static class Conflict implements ExceptionMapper<RevisionConflictException> {
        @Override
        public Response toResponse(RevisionConflictException e) {
            return json(Response.Status.CONFLICT,
                    new ConflictError(List.of(new FieldError("baseRevision", e.getMessage())), e.currentRevision()));
        }
    }

    @Provider
    public static class WrongState implements ExceptionMapper<DocumentStateException> {
        @Override
        public Response toResponse(DocumentStateException e) {
            return json(Response.Status.CONFLICT, ApiError.of("status", e.getMessage()));
        }
    }

    /**
     * Anything else: 503 while the database is away, otherwise 500 — always the API's JSON body,
     * never a stack trace. JAX-RS's own answers (unknown path, wrong method) pass through.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse();
            }
            if (pl.metryka.interfaces.web.shared.DatabaseOutageFilter.isDatabaseOutage(e)) {
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                        .type(MediaType.APPLICATION_JSON)
                        .entity(ApiError.of(null, "Baza danych jest chwilowo niedostępna. Spróbuj ponownie za chwilę.")).build();
            }
            LOG.log(java.util.logging.Level.SEVERE, "Unexpected failure in the API", e);
            return json(Response.Status.INTERNAL_SERVER_ERROR, ApiError.of(null, "Wewnętrzny błąd serwera."));
        }
    }

    /** A write without the required role: 401 when anonymous, 403 otherwise; recorded in the audit log. */
    @Provider
    public static class Refused implements ExceptionMapper<EJBAccessException> {
        @Inject
        private AuditTrail audit;
        @Inject
        private CurrentUser currentUser;
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            String user = currentUser.nameOrAnonymous();
            audit.record(user, request.getMethod() + " " + request.getRequestURI(), Outcome.REFUSED,
                    request.getRequestURI(), user == null ? "not authenticated" : "missing role", request.getRemoteAddr());
            if (user == null) {
                return Response.status(Response.Status.UNAUTHORIZED)
                        .header("WWW-Authenticate", "Basic realm=\"Metryka\", charset=\"UTF-8\"")
                        .type(MediaType.APPLICATION_JSON)
                        .entity(ApiError.of(null, "Wymagane uwierzytelnienie.")).build();
            }
            return json(Response.Status.FORBIDDEN, ApiError.of(null, "Brak uprawnień do tej czynności."));
        }
    }
}
