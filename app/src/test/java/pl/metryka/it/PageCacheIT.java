package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/**
 * Issue 15, "render once, serve many times": anonymous pages come from memory ({@code X-Cache:
 * HIT}), the visit count in a kept page stays exact, and every public change (publication,
 * amendment, redaction, withdrawal, the podmiot's data) shows on the very next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

    private static final Pattern VISITS =
            Pattern.compile("data-field=\"visits\">\\s*<dt>[^<]*</dt>\\s*<dd>\\s*<span[^>]*>(-?\\d+)</span>");

    @ArquillianResource
    private URL base;

    @Test
    void nBrowserViewsOfAKeptPageRaiseItsCountByExactlyN() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Ogłoszenie o liczniku odwiedzin"), "<p>Treść ogłoszenia.</p>");
        String page = "dokument/" + doc.getString("slug");
        long start = shownVisits(get(page).body());

        int views = 200;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < views; i++) {
            replies.add(pool.submit(() -> get(page)));
        }
        int hits = 0;
        for (Future<HttpResponse<String>> reply : replies) {
            HttpResponse<String> r = reply.get();
            assertEquals(200, r.statusCode());
            hits += "HIT".equals(r.headers().firstValue("X-Cache").orElse("")) ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(hits >= views - 5, "served from memory: " + hits + " of " + views);

        // a crawler and a HEAD are answered from memory and do not count; a crawler revalidating gets a 304
        HttpResponse<String> crawler = send("GET", page, "User-Agent", HumanVisitsIT.CRAWLERS.get(0));
        assertEquals("HIT", crawler.headers().firstValue("X-Cache").orElse(""));
        assertEquals(start + views, shownVisits(crawler.body()), "N views raised the count by exactly N");
        HttpResponse<String> head = send("HEAD", page, "User-Agent", HumanVisitsIT.CHROME);
        String etag = head.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains("-v" + (start + views) + "-"), etag);
        assertEquals(
                304,
                send("GET", page, "User-Agent", HumanVisitsIT.CRAWLERS.get(0), "If-None-Match", etag)
                        .statusCode());
        // a browser's GET counts also when it revalidates (its new count makes a new ETag, so the page comes whole)
        assertEquals(
                200,
                send("GET", page, "User-Agent", HumanVisitsIT.CHROME, "If-None-Match", etag)
                        .statusCode());
        HttpResponse<String> last = get(page);
        assertEquals(start + views + 2, shownVisits(last.body()));
        assertTrue(last.headers().firstValue("ETag").orElseThrow().contains("-v" + (start + views + 2) + "-"));
        assertFalse(last.body().contains(Long.toString(Long.MIN_VALUE)), "no placeholder left");
        assertEquals(
                start + views + 2,
                api.get("api/v1/documents/" + doc.getJsonNumber("id").longValue())
                        .json()
                        .getJsonObject("metadata")
                        .getJsonNumber("visits")
                        .longValue());
    }

    @Test
    void publicationAmendmentRedactionAndWithdrawalShowOnTheVeryNextRequest() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient naczelny = api.as("naczelny", "naczelny");
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String secret = "TAJNEDANE" + token;
        String title = unique("Komunikat pamięci podręcznej " + token);
        JsonObject doc = published(api, title, "<p>Mieszka pod adresem " + secret + ".</p>");
        long id = doc.getJsonNumber("id").longValue();
        String page = "dokument/" + doc.getString("slug");
        String version1 = page + "/wersja/1";
        String search = "szukaj?q=" + token;
        List<String> pages = List.of(page, version1, "", "kategoria/aktualnosci", search, "kanal/atom");
        warm(pages);
        assertTrue(get(page).body().contains(secret));
        assertTrue(get("").body().contains(title));

        // an amendment: a new title everywhere, the old version's banner says archival
        String amended = title + " poprawiony";
        ApiClient.Reply put = naczelny.put(
                "api/v1/documents/" + id,
                Documents.amendment(
                        amended, "<p>Mieszka pod adresem " + secret + ".</p><p>Dopisek.</p>", "Dopisek", 1));
        assertEquals(200, put.status(), put.body());
        assertTrue(get(page).body().contains("Dopisek"), "document page after the amendment");
        assertTrue(get(version1).body().contains("archival-banner"), "version 1 is now archival");
        for (String p : List.of("", "kategoria/aktualnosci", search, "kanal/atom")) {
            assertTrue(get(p).body().contains(amended), "after the amendment: /" + p);
        }

        // a publication: the new document is on home, in its category, in the feed
        warm(pages);
        String other = unique("Nowy komunikat " + token);
        published(api, other, "<p>Inna treść.</p>");
        for (String p : List.of("", "kategoria/aktualnosci", search, "kanal/atom")) {
            assertTrue(get(p).body().contains(other), "after the publication: /" + p);
        }

        // a redaction: the phrase is gone from every kept variant, versions included
        warm(List.of(page, version1, page + "/wersja/2", search, "kanal/atom", page + "/porownaj"));
        ApiClient.Reply redaction = naczelny.post(
                "api/v1/documents/" + id + "/redactions",
                JsonBodies.textRedaction(secret, "Dane osobowe opublikowane przez pomyłkę", "art. 17 RODO")
                        .build()
                        .toString());
        assertTrue(redaction.status() < 300, redaction.toString());
        for (String p : List.of(page, version1, page + "/wersja/2", search, "kanal/atom", page + "/porownaj", "")) {
            assertFalse(get(p).body().contains(secret), "the redacted phrase is still on /" + p);
        }

        // a withdrawal: the kept page is replaced by one with the banner (still 200), the version is archival
        warm(List.of(page, page + "/wersja/2"));
        ApiClient.Reply withdrawal = naczelny.post(
                "api/v1/documents/" + id + "/withdrawal",
                "{\"reason\":\"Nieaktualne\",\"legalBasis\":\"art. 10 ustawy o dostępie do informacji publicznej\"}");
        assertEquals(200, withdrawal.status(), withdrawal.body());
        HttpResponse<String> withdrawn = get(page);
        assertEquals(200, withdrawn.statusCode());
        assertTrue(withdrawn.body().contains("Dokument wycofany"), "the kept page was purged on withdrawal");
        assertTrue(
                get(page + "/wersja/2").body().contains("archival-banner"),
                "the withdrawn document's version is archival");
    }

    @Test
    void thePodmiotsNewNameShowsOnTheNextViewOfHome() throws Exception {
        warm(List.of(""));
        BackOfficeForms admin = BackOfficeForms.logIn(URI.create(root()), "admin", "admin");
        String before = ApiClient.anonymous(base).get("api/v1/podmiot").json().getString("name");
        String renamed = before + " " + UUID.randomUUID().toString().substring(0, 6);
        try {
            admin.submit(
                    "panel/administracja/podmiot.xhtml", "podmiot", Map.of("podmiot:name", renamed), "podmiot:zapisz");
            assertTrue(get("").body().contains(renamed), "home after the podmiot's name changed");
        } finally {
            admin.submit(
                    "panel/administracja/podmiot.xhtml", "podmiot", Map.of("podmiot:name", before), "podmiot:zapisz");
        }
        assertFalse(get("").body().contains(renamed));
    }

    /** Two requests each: the second is served from memory. */
    private void warm(List<String> pages) throws Exception {
        for (String p : pages) {
            get(p);
            HttpResponse<String> second = get(p);
            assertEquals(
                    "HIT",
                    second.headers().firstValue("X-Cache").orElse(""),
                    "not kept: /" + p + " " + second.statusCode());
        }
    }

    private static long shownVisits(String html) {
        Matcher m = VISITS.matcher(html);
        assertTrue(m.find(), "no visit count on the page");
        return Long.parseLong(m.group(1));
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, "User-Agent", HumanVisitsIT.CHROME);
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
