package pl.metryka.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import pl.metryka.domain.shared.FieldError;

/**
 * The body of every error answer of /api: an RFC 9457 problem detail ({@code application/problem+json})
 * with {@code type} about:blank (the status code says what happened), {@code title} the status's
 * phrase, {@code detail} for a person, {@code instance} the request path, and two extension
 * members: {@code errors} — the {@code [{"field","message"}]} list clients of the API had before,
 * always at least one — and, only for a revision conflict, {@code currentRevision}. One writer
 * serves the JAX-RS mappers and the servlet filters, so all answer byte for byte alike.
 */
public record Problem(int status, String detail, String instance, List<FieldError> errors, Integer currentRevision) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";
    static final String TYPE = "about:blank";

    public Problem {
        errors = errors == null || errors.isEmpty() ? List.of(new FieldError(null, detail)) : List.copyOf(errors);
    }

    static Problem of(int status, String instance, String field, String message) {
        return new Problem(status, message, instance, List.of(new FieldError(field, message)), null);
    }

    /** Field errors: the detail joins their messages. */
    static Problem of(int status, String instance, List<FieldError> errors) {
        String detail = errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
        return new Problem(status, detail, instance, errors, null);
    }

    /** For about:blank the title is the status code's phrase (RFC 9457, 4.2.1). */
    String title() {
        return phrase(status);
    }

    static String phrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null
                ? known.getReasonPhrase()
                : switch (status) {
                    case 422 -> "Unprocessable Content";
                    case 429 -> "Too Many Requests";
                    default -> status >= 500 ? "Server Error" : "Client Error";
                };
    }

    String toJson() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldError e : errors) {
            JsonObjectBuilder error = Json.createObjectBuilder();
            if (e.field() == null) {
                error.addNull("field");
            } else {
                error.add("field", e.field());
            }
            list.add(error.add("message", e.message() == null ? "" : e.message()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", TYPE)
                .add("title", title())
                .add("status", status)
                .add("detail", detail == null ? title() : detail)
                .add("instance", instance == null ? "" : instance)
                .add("errors", list);
        if (currentRevision != null) {
            json.add("currentRevision", currentRevision);
        }
        return json.build().toString();
    }

    Response.ResponseBuilder response() {
        return Response.status(status).type(CONTENT_TYPE).entity(toJson());
    }

    /** The whole answer of a filter that answers before JAX-RS; its own headers must be set first. */
    void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
