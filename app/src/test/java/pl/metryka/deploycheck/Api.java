package pl.metryka.deploycheck;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/** Requests the checks make, on top of the tests' {@link ApiClient}. */
final class Api {

    static final String EDITOR = "naczelny";

    private Api() {}

    static ApiClient at(String base) {
        try {
            return ApiClient.anonymous(URI.create(base).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(base, e);
        }
    }

    static ApiClient editor(String base) {
        return at(base).as(EDITOR, EDITOR);
    }

    static String newDocument(long categoryId, String title, String body, boolean publish, JsonArray attachments) {
        JsonObjectBuilder document = JsonBodies.newDocument(categoryId, title, body, publish);
        if (attachments != null) {
            document.add("attachments", attachments);
        }
        return document.build().toString();
    }

    static String amendment(String title, String body, String reason, int baseRevision) {
        return JsonBodies.amendment(title, body, reason, baseRevision).build().toString();
    }

    /** The category of the first public document (the demo bulletin has several). */
    static long someCategory(ApiClient api) {
        JsonObject first = expect(api.get("api/v1/documents?size=1"), 200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        return first.getJsonObject("category").getJsonNumber("id").longValue();
    }

    static ApiClient.Reply expect(ApiClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + reply);
        }
        return reply;
    }

    /** Status of a plain GET of a page (not the API), as a browser would ask. */
    static int view(String base, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html")
                    .GET()
                    .build();
            return ApiClient.http()
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + base + path, e);
        }
    }

    static URL url(String base) {
        try {
            return URI.create(base).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(base, e);
        }
    }
}
