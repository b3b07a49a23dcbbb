package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.PublicPages;
import pl.metryka.test.TlogClient;

/**
 * No HTTP session for anyone who has not logged in (issue 15): a crawler's cookie-less requests
 * made one session each (17,534 requests, 17,534 sessions of ~2.3 KB kept half an hour). Every
 * public page type, feed, API read, search answer, tile, error page and static resource is asked
 * for many times without cookies: no {@code Set-Cookie} (other than the reader's own {@code lang}
 * choice) and no session created, by the server's own count ({@code metryka_http_sessions_created_total}).
 * The login form still makes one, for its view state. The full 10,000 requests a type are the load
 * benchmark's; {@code -Dmetryka.it.anonymousRepeats=N} sets the number here (default 10).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousSessionsIT {

    private static final int REPEATS = Integer.getInteger("metryka.it.anonymousRepeats", 10);
    private static final String CREATED = "metryka_http_sessions_created_total";

    @ArquillianResource
    private URL base;

    @Test
    void cookieLessRequestsToEveryPublicPageTypeCreateNoSession() throws Exception {
        Map<String, Integer> pages = publicPages();
        double before = createdSessions();
        Queue problems = new Queue();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        for (int i = 0; i < REPEATS; i++) {
            for (Map.Entry<String, Integer> page : pages.entrySet()) {
                pool.execute(() -> check(page.getKey(), page.getValue(), problems));
            }
        }
        pool.shutdown();
        // the full 10,000 a type (-Dmetryka.it.anonymousRepeats=10000) take longer than the suite's 10
        assertTrue(pool.awaitTermination(Math.max(5, REPEATS / 100), TimeUnit.MINUTES), "the requests finished");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " answers wrong, e.g. "
                        + problems.stream().distinct().limit(20).toList());
        assertEquals(
                before,
                createdSessions(),
                REPEATS * pages.size() + " anonymous requests to " + pages.size() + " page types (" + seconds
                        + " s) created sessions");
    }

    @Test
    void anExplicitLanguageChoiceSetsOnlyTheLanguageCookie() {
        HttpResponse<byte[]> english = Http.get(Http.app(base, "dokument/kluczewski-klaster?lang=en"));
        assertEquals(200, english.statusCode());
        List<String> cookies = english.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).startsWith("lang=en"), cookies.toString());
    }

    @Test
    void theLoginFormStillHasItsSession() {
        double before = createdSessions();
        HttpResponse<byte[]> form = Http.get(Http.app(base, "logowanie"));
        assertEquals(200, form.statusCode());
        assertTrue(
                form.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "the login form's view state (CSRF) lives in a session: "
                        + form.headers().map());
        assertTrue(Http.text(form).contains("name=\"jakarta.faces.ViewState\""));
        assertEquals(before + 1, createdSessions());
    }

    /** Every kind of public answer, with the status it must have. */
    private Map<String, Integer> publicPages() {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Uchwała bez sesji");
        ApiClient.Reply created = api.as("naczelny", "naczelny").post("api/v1/documents", withAttachment(title));
        assertEquals(201, created.status(), created.body());
        JsonObject doc = created.json();
        String slug = doc.getString("slug");
        long id = doc.getJsonNumber("id").longValue();
        amend(api, id, title, "<p>Treść poprawiona.</p>", "Poprawka");
        JsonObject withdrawn = published(api, unique("Ogłoszenie wycofane"), "<p>Ogłoszenie.</p>");
        assertEquals(
                200,
                api.as("naczelny", "naczelny")
                        .post(
                                "api/v1/documents/" + withdrawn.getInt("id") + "/withdrawal",
                                "{\"reason\":\"Omyłka\",\"legalBasis\":\"art. 8 ust. 3 ustawy o dostępie do informacji publicznej\"}")
                        .status());
        String category = ((JsonArray) api.get("api/v1/categories").structure())
                .getJsonObject(0)
                .getString("slug");
        String checkpoint = Http.text(Http.get(Http.app(base, "tlog/checkpoint")));
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        // days as the bulletin counts them (Polish): from 23:00 UTC in winter, the JVM's own date is a day behind
        String yesterday = LocalDate.now(Moment.POLAND).minusDays(1).toString();

        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("", 200);
        pages.put("?stan=" + yesterday, 200);
        pages.put("kategoria/" + category, 200);
        pages.put("kategoria/" + category + "?stan=" + yesterday, 200);
        pages.put("dokument/" + slug, 200);
        pages.put("dokument/" + slug + "?stan=" + LocalDate.now(Moment.POLAND), 200);
        pages.put("dokument/" + slug + "/wersja/1", 200);
        pages.put("dokument/" + slug + "/wersja/1/pdf", 200);
        pages.put("dokument/" + slug + "/wersja/1/zalacznik/0/uchwala.pdf", 200);
        pages.put("dokument/" + slug + "/pdf", 200);
        pages.put("dokument/" + slug + "/drukuj", 200);
        pages.put("dokument/" + slug + "/porownaj?od=1&do=2", 200);
        pages.put("dokument/" + slug + "/weryfikacja", 200);
        pages.put("dokument/" + withdrawn.getString("slug"), 200);
        pages.put("szukaj?q=uchwa%C5%82a", 200);
        pages.put("szukaj", 200);
        for (String page : PublicPages.FIXED) {
            pages.put(page, 200);
        }
        for (String page : new String[] {
            "kanal/atom",
            "kanal/kategoria/" + category,
            "kanal/dokument/" + slug,
            "sitemap.xml",
            "robots.txt",
            "api/v1",
            "api/v1/documents",
            "api/v1/documents/" + id,
            "api/v1/documents/" + id + "/revisions",
            "api/v1/documents/" + id + "/bundle",
            "api/v1/categories",
            "api/v1/podmiot",
            "api/v1/register",
            "api/v1/register.csv",
            "api/v1/dcat",
            "/openapi",
            "docs/register-format.md",
            "tlog/checkpoint",
            "tlog/key",
            "jakarta.faces.resource/css/site.css.xhtml",
            "jakarta.faces.resource/img/bip-logo.svg.xhtml"
        }) {
            pages.put(page, 200);
        }
        pages.put("tlog/tile/" + TlogClient.tilePath(0, 0, size), 200);
        pages.put("nie-ma-takiej-strony", 404);
        pages.put("dokument/nie-ma-takiego-dokumentu", 404);
        pages.put("kategoria/nie-ma-takiej-kategorii", 404);
        pages.put("api/v1/documents/999999999", 404);
        return pages;
    }

    private void check(String path, int status, Queue problems) {
        // "/openapi" is at the server's root, outside the application's context path
        HttpResponse<byte[]> answer = Http.get(path.startsWith("/") ? Http.server(base, path) : Http.app(base, path));
        if (answer.statusCode() != status) {
            problems.add(path + ": " + answer.statusCode() + " instead of " + status);
        }
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        if (!cookies.isEmpty()) {
            problems.add(path + ": Set-Cookie " + cookies);
        }
    }

    private double createdSessions() {
        return MetricsIT.value(MetricsIT.scrape(base), CREATED, "");
    }

    private static String withAttachment(String title) {
        byte[] pdf = "%PDF-1.4\n% Uchwała\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        return JsonBodies.newDocument(Documents.category(), title, "<p>Treść uchwały.</p>", true)
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(JsonBodies.attachment("uchwala.pdf", "application/pdf", pdf)
                                        .addNull("description")))
                .build()
                .toString();
    }

    /** What went wrong, collected from the request threads. */
    private static final class Queue extends ConcurrentLinkedQueue<String> {
        private static final long serialVersionUID = 1L;
    }
}
