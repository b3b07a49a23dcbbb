package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.newDocument;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/** The API as a re-user's browser or client sees it: CORS, ETag revalidation and paging links. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiHttpIT {

    private static final String ORIGIN = "https://dane.example.org";

    @ArquillianResource
    private URL base;

    @Test
    void readsOfTheApiAndTheFeedsAreOpenToEveryOrigin() {
        for (String path : List.of(
                "api/v1/documents",
                "api/v1/register",
                "api/v1/categories",
                "api/v1/podmiot",
                "api/v1/export/bulletin.json",
                "api/v1/register.csv",
                "api/v1/dcat",
                "kanal/atom")) {
            HttpResponse<byte[]> reply = Http.get(Http.app(base, path), "Origin", ORIGIN);
            assertEquals(200, reply.statusCode(), path);
            assertEquals("*", header(reply, "Access-Control-Allow-Origin"), path);
            assertEquals("", header(reply, "Access-Control-Allow-Credentials"), path + ": never with credentials");
            assertTrue(header(reply, "Access-Control-Expose-Headers").contains("ETag"), path);
            assertTrue(header(reply, "Access-Control-Expose-Headers").contains("Link"), path);
        }
    }

    @Test
    void aPreflightForAReadIsAllowedAndOneForAWriteIsNot() {
        HttpResponse<byte[]> read = preflight("api/v1/documents", "GET", "if-none-match");
        assertEquals(204, read.statusCode());
        assertEquals("*", header(read, "Access-Control-Allow-Origin"));
        assertTrue(header(read, "Access-Control-Allow-Methods").contains("GET"));
        assertTrue(header(read, "Access-Control-Allow-Headers").contains("If-None-Match"));
        assertFalse(header(read, "Access-Control-Max-Age").isEmpty());

        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<byte[]> write = preflight("api/v1/documents/1", method, "authorization, content-type");
            assertEquals("", header(write, "Access-Control-Allow-Origin"), method + " is not allowed cross-origin");
            assertEquals("", header(write, "Access-Control-Allow-Methods"), method);
            assertEquals("", header(write, "Access-Control-Allow-Credentials"), method);
        }
    }

    @Test
    void aCredentialedWriteFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
        String token = Base64.getEncoder().encodeToString("naczelny:naczelny".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> write = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(Http.app(base, "api/v1/documents"))
                                .header("Origin", ORIGIN)
                                .header("Authorization", "Basic " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        newDocument(unique("CORS"), "<p>Treść.</p>", false)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(
                403, write.statusCode(), "a page of another origin never writes (issue 14, item 4): " + write.body());
        assertTrue(
                write.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                write.headers().toString());
        assertTrue(
                write.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void aReadCarriesAnEtagAndAnUnchangedOneIsAnswered304UntilTheDocumentChanges() {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Obwieszczenie o ETag");
        JsonObject doc = published(api, title, "<p>Pierwsza treść.</p>");
        URI uri = Http.app(base, "api/v1/documents/" + doc.getInt("id") + "/revisions/1");

        HttpResponse<byte[]> first = Http.get(uri);
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals("no-cache", header(first, "Cache-Control"));

        HttpResponse<byte[]> again = Http.get(uri, "If-None-Match", etag, "Origin", ORIGIN);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        assertEquals("*", header(again, "Access-Control-Allow-Origin"));
        assertEquals(200, Http.get(uri, "If-None-Match", "\"something-else\"").statusCode());

        URI revisions = Http.app(base, "api/v1/documents/" + doc.getInt("id") + "/revisions");
        String before = header(Http.get(revisions), "ETag");
        assertEquals(304, Http.get(revisions, "If-None-Match", before).statusCode());
        amend(api, doc.getInt("id"), title, "<p>Druga treść.</p>", "Poprawka");
        HttpResponse<byte[]> changed = Http.get(revisions, "If-None-Match", before);
        assertEquals(200, changed.statusCode(), "a changed list is sent again");
        assertNotEquals(before, header(changed, "ETag"));
    }

    @Test
    void theDocumentListLinksToTheFirstPreviousNextAndLastPages() {
        ApiClient api = ApiClient.anonymous(base);
        for (int i = 0; i < 3; i++) {
            published(api, unique("Stronicowanie"), "<p>Treść.</p>");
        }
        HttpResponse<byte[]> page1 = Http.get(Http.app(base, "api/v1/documents?page=1&size=2"));
        long total = json(page1).getJsonNumber("total").longValue();
        long lastPage = (total - 1) / 2;
        Map<String, URI> links = links(page1);
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(links.keySet()));
        assertEquals(page(links.get("first")), "page=0&size=2");
        assertEquals(page(links.get("prev")), "page=0&size=2");
        assertEquals(page(links.get("next")), "page=2&size=2");
        assertEquals(page(links.get("last")), "page=" + lastPage + "&size=2");

        HttpResponse<byte[]> next = Http.get(links.get("next"));
        assertEquals(200, next.statusCode());
        assertNotEquals(
                json(page1).getJsonArray("items").getJsonObject(0).getInt("id"),
                json(next).getJsonArray("items").getJsonObject(0).getInt("id"));
        HttpResponse<byte[]> last = Http.get(links.get("last"));
        assertFalse(links(last).containsKey("next"), "no next after the last page");
        assertFalse(
                links(Http.get(Http.app(base, "api/v1/documents?size=2"))).containsKey("prev"),
                "no prev before the first");
    }

    @Test
    void theRegisterLinksByCursorAndAlsoTakesPageAndSize() {
        HttpResponse<byte[]> cursor = Http.get(Http.app(base, "api/v1/register?after=5&limit=5"));
        Map<String, URI> links = links(cursor);
        assertEquals("after=0&limit=5", page(links.get("first")));
        assertEquals("after=0&limit=5", page(links.get("prev")));
        assertEquals("after=10&limit=5", page(links.get("next")));
        assertTrue(links.containsKey("last"));
        assertEquals(6, json(cursor).getJsonArray("items").getJsonObject(0).getInt("seq"));

        HttpResponse<byte[]> paged = Http.get(Http.app(base, "api/v1/register?page=1&size=5"));
        assertEquals(
                json(cursor).getJsonArray("items"),
                json(paged).getJsonArray("items"),
                "page 1 of 5 = the entries after 5");
        assertEquals("page=2&size=5", page(links(paged).get("next")));

        HttpResponse<byte[]> following = Http.get(links.get("next"));
        assertEquals(11, json(following).getJsonArray("items").getJsonObject(0).getInt("seq"));
    }

    private static Map<String, URI> links(HttpResponse<byte[]> reply) {
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"").matcher(header(reply, "Link"));
        while (m.find()) {
            links.put(m.group(2), URI.create(m.group(1)));
        }
        return links;
    }

    /** The paging parameters of a link, in a fixed order. */
    private static String page(URI link) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv[1]);
        }
        return query.containsKey("page")
                ? "page=" + query.get("page") + "&size=" + query.get("size")
                : "after=" + query.get("after") + "&limit=" + query.get("limit");
    }

    /** The browser's CORS preflight for a cross-origin request from {@link #ORIGIN}. */
    private HttpResponse<byte[]> preflight(String path, String method, String headers) {
        return Http.send(
                "OPTIONS",
                Http.app(base, path),
                "Origin",
                ORIGIN,
                "Access-Control-Request-Method",
                method,
                "Access-Control-Request-Headers",
                headers);
    }

    private static JsonObject json(HttpResponse<byte[]> reply) {
        assertEquals(200, reply.statusCode(), Http.text(reply));
        return Json.createReader(new StringReader(Http.text(reply))).readObject();
    }

    static String header(HttpResponse<?> reply, String name) {
        return reply.headers().firstValue(name).orElse("");
    }
}
