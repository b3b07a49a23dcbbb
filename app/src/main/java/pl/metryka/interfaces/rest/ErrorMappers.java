package pl.metryka.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.application.CurrentUser;
import pl.metryka.application.DatabaseOutage;
import pl.metryka.application.NotFoundException;
import pl.metryka.domain.model.document.DocumentStateException;
import pl.metryka.domain.model.document.RevisionConflictException;
import pl.metryka.domain.shared.InvalidInputException;

/**
 * Maps every exception of the API to its status code and an RFC 9457 problem ({@link Problem}),
 * JAX-RS's own refusals (unknown path, wrong method, media types) included; what never reaches
 * JAX-RS is answered alike by {@link ApiProblemFilter}.
 */
public final class ErrorMappers {

    private ErrorMappers() {}

    /**
     * 413 when the body was cut off at its cap while being read ({@link ApiWriteGate}): whatever
     * the reader then failed with (malformed JSON, an I/O error) is a consequence, not the cause.
     */
    static Optional<Response> tooLarge(HttpServletRequest request) {
        return RequestBodyLimit.exceeded(request)
                .map(limit -> limit.problem(instance(request))
                        .response()
                        .header("Connection", "close")
                        .build());
    }

    /** The request path the problem is about (RFC 9457 "instance"). */
    static String instance(HttpServletRequest request) {
        return request == null ? null : request.getRequestURI();
    }

    /** A problem about the request's path with one message and no field, as most answers here are. */
    static Response.ResponseBuilder problem(int status, HttpServletRequest request, String detail) {
        return Problem.of(status, instance(request), null, detail).response();
    }

    /** A mapper whose whole answer is one problem about the request's path. */
    abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(E e) {
            return problem(e, instance(request)).response().build();
        }

        abstract Problem problem(E e, String instance);
    }

    @Provider
    public static class InvalidInput extends ProblemMapper<InvalidInputException> {
        @Override
        Problem problem(InvalidInputException e, String instance) {
            return Problem.of(400, instance, e.errors());
        }
    }

    @Provider
    public static class MalformedJson extends ProblemMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return tooLarge(request).orElseGet(() -> super.toResponse(e));
        }

        @Override
        Problem problem(JsonbException e, String instance) {
            return Problem.of(400, instance, null, "Niepoprawny JSON: " + e.getMessage());
        }
    }

    @Provider
    public static class NotFound extends ProblemMapper<NotFoundException> {
        @Override
        Problem problem(NotFoundException e, String instance) {
            return Problem.of(404, instance, null, e.getMessage());
        }
    }

    /** 409 with the revision that is current now, so a client can fetch it and merge. */
    @Provider
    public static class Conflict extends ProblemMapper<RevisionConflictException> {
        @Override
        Problem problem(RevisionConflictException e, String instance) {
            return new Problem(409, e.getMessage(), instance, List.of(e.reason()), e.currentRevision());
        }
    }

    @Provider
    public static class WrongState extends ProblemMapper<DocumentStateException> {
        @Override
        Problem problem(DocumentStateException e, String instance) {
            return Problem.of(409, instance, "status", e.getMessage());
        }
    }

    /**
     * JAX-RS's own error answers (no such resource, an id that is not a number, a wrong method, a
     * media type it cannot read or write) get a problem body instead of the container's HTML page;
     * their headers (Allow, WWW-Authenticate, Retry-After) are kept.
     */
    @Provider
    public static class WebFailure implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException e) {
            return problem(e, request);
        }

        static Response problem(WebApplicationException e, HttpServletRequest request) {
            Optional<Response> tooLarge = tooLarge(request);
            if (tooLarge.isPresent()) {
                return tooLarge.get();
            }
            Response original = e.getResponse();
            int status = original.getStatus();
            if (status < 400 || original.hasEntity()) {
                return original;
            }
            // a query parameter that does not convert (page=x) is the client's mistake, not a missing resource
            if (status == 404 && (isQueryParam(e) || isQueryParam(e.getCause()))) {
                status = 400;
            }
            Response.ResponseBuilder answer = ErrorMappers.problem(status, request, detail(e, status, request));
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.type(Problem.CONTENT_TYPE).build();
        }

        /** Jersey's ParamException.QueryParamException, named only: Jersey is not on the compile path. */
        private static boolean isQueryParam(Throwable t) {
            return t != null && t.getClass().getSimpleName().equals("QueryParamException");
        }

        private static String detail(WebApplicationException e, int status, HttpServletRequest request) {
            String own = e.getMessage();
            if (own != null && !own.isBlank() && !own.startsWith("HTTP ")) {
                return own;
            }
            if (status == 400) {
                return isQueryParam(e) || isQueryParam(e.getCause())
                        ? "Niepoprawna wartość parametru zapytania."
                        : "Niepoprawne żądanie.";
            }
            if (e instanceof NotAllowedException) {
                return "Metoda " + (request == null ? "" : request.getMethod() + " ")
                        + "nie jest dozwolona dla tego adresu.";
            }
            if (e instanceof NotAcceptableException) {
                return "Żaden z formatów wskazanych w nagłówku Accept nie jest dostępny pod tym adresem.";
            }
            if (e instanceof NotSupportedException) {
                return "Nieobsługiwany typ treści (Content-Type); API przyjmuje " + MediaType.APPLICATION_JSON + ".";
            }
            if (status == 404) {
                return "Nie ma takiego zasobu.";
            }
            return Problem.phrase(status);
        }
    }

    /**
     * Anything else: 503 while the database is away, otherwise 500 — always a problem body,
     * never a stack trace.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(RuntimeException e) {
            Optional<Response> tooLarge = tooLarge(request);
            if (tooLarge.isPresent()) {
                return tooLarge.get();
            }
            if (e instanceof WebApplicationException web) {
                return WebFailure.problem(web, request);
            }
            if (e instanceof ProcessingException && isMalformedJson(e)) {
                return problem(400, request, "Niepoprawny JSON: " + e.getCause().getMessage())
                        .build();
            }
            if (DatabaseOutage.causedBy(e)) {
                return problem(503, request, "Baza danych jest chwilowo niedostępna. Spróbuj ponownie za chwilę.")
                        .header("Retry-After", "60")
                        .build();
            }
            LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
            return problem(500, request, "Wewnętrzny błąd serwera.").build();
        }
    }

    /** A request body JSON-B could not read (Jersey wraps the JsonbException). */
    static boolean isMalformedJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    /** A write without the required role: 401 when anonymous, 403 otherwise; recorded in the audit log. */
    @Provider
    public static class Refused implements ExceptionMapper<EJBAccessException> {
        @Inject
        private RefusedApiRequests refusals;

        @Inject
        private CurrentUser currentUser;

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            String user = currentUser.nameOrAnonymous();
            refusals.record(request, user, user == null ? "not authenticated" : "missing role");
            if (user == null) {
                return problem(401, request, "Wymagane uwierzytelnienie.")
                        .header("WWW-Authenticate", "Basic realm=\"Metryka\", charset=\"UTF-8\"")
                        .build();
            }
            return problem(403, request, "Brak uprawnień do tej czynności.").build();
        }
    }
}
