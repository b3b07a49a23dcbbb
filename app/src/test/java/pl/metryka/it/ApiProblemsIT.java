package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * Every error under /api is an RFC 9457 problem (application/problem+json with type, title,
 * status, detail, instance and the errors[] list) — unknown and malformed ids, paths outside
 * /api/v1, wrong methods, media types, parameters that do not convert, missing logins and roles —
 * never the site's HTML error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiProblemsIT {

    @ArquillianResource
    private URL base;

    @Test
    void aMalformedOrUnknownIdIsANotFoundProblem() {
        JsonObject abc = problem(send("GET", "api/v1/documents/abc", null, null), 404);
        assertTrue(abc.getString("instance").endsWith("/api/v1/documents/abc"), abc.toString());
        problem(send("GET", "api/v1/documents/999999999", null, null), 404);
        problem(send("GET", "api/v1/documents/abc/revisions/x", null, null), 404);
        problem(send("GET", "api/v1/categories/nie-ma-takiej", null, null), 404);
    }

    @Test
    void unknownPathsUnderApiAreProblemsToo() {
        problem(send("GET", "api/v1/nie-ma-takiego", null, null), 404);
        problem(send("GET", "api/v2/documents", null, null), 404);
        problem(send("GET", "api/cokolwiek", null, null), 404);
    }

    @Test
    void wrongMethodUnsupportedAndUnacceptableMediaTypes() {
        // a write's method and media type are judged after its caller: anonymous writes are refused before
        // (ApiWriteGate)
        problem(send("DELETE", "api/v1/documents", null, null), 401);
        HttpResponse<String> delete =
                send("DELETE", "api/v1/documents", null, null, "Authorization", basic("naczelny", "naczelny"));
        problem(delete, 405);
        assertTrue(
                delete.headers().firstValue("Allow").orElse("").contains("GET"),
                delete.headers().toString());
        problem(
                send("POST", "api/v1/documents", "text/plain", "tytuł", "Authorization", basic("naczelny", "naczelny")),
                415);
        problem(send("GET", "api/v1/documents", null, null, "Accept", "application/xml"), 406);
        JsonObject page = problem(send("GET", "api/v1/documents?page=x", null, null), 400);
        assertFalse(page.getString("detail").isBlank());
    }

    @Test
    void validationKeepsItsFieldsInsideTheProblem() {
        JsonObject bad = problem(send("GET", "api/v1/documents?size=0", null, null), 400);
        assertEquals("size", bad.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(
                send(
                        "POST",
                        "api/v1/documents",
                        "application/json",
                        "{nie json",
                        "Authorization",
                        basic("naczelny", "naczelny")),
                400);
    }

    @Test
    void missingLoginsAndRolesAreProblemsAndStayAudited() {
        HttpResponse<String> anonymous = send("GET", "api/v1/admin/accounts", null, null);
        problem(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        problem(send("GET", "api/v1/admin/accounts", null, null, "Authorization", basic("admin", "zle-haslo")), 401);
        problem(send("GET", "api/v1/admin/accounts", null, null, "Authorization", basic("redaktor", "redaktor")), 403);
        String log = ApiClient.anonymous(base)
                .as("audytor", "audytor")
                .get("api/v1/audit/events?size=20")
                .body();
        assertTrue(log.contains("\"REFUSED\"") && log.contains("/api/v1/admin/accounts"), log);
    }

    /** Asserts the RFC 9457 shape and returns the problem. */
    private static JsonObject problem(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.uri() + ": " + answer.body());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(
                type.startsWith("application/problem+json"), answer.uri() + " answered " + type + ": " + answer.body());
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals("about:blank", problem.getString("type"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.getString("instance").startsWith("/"), problem.toString());
        assertFalse(problem.getJsonArray("errors").isEmpty(), problem.toString());
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
