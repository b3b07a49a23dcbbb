package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * Liczba odwiedzin counts people (issue 12, item 6): a crawler's GET, a HEAD and a prefetch of a
 * document's page leave it as it was; a browser's GET adds exactly one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HumanVisitsIT {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    static final List<String> CRAWLERS = List.of(
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.6778.204 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
            "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
            "Mozilla/5.0 (compatible; GPTBot/1.2; +https://openai.com/gptbot)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");

    @ArquillianResource
    private URL base;

    @Test
    void crawlersHeadAndPrefetchDoNotCountABrowsersGetCountsOnce() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Obwieszczenie o odwiedzinach"), "<p>Treść obwieszczenia.</p>");
        String page = "dokument/" + doc.getString("slug");
        long id = doc.getJsonNumber("id").longValue();
        long start = visits(api, id);

        for (String crawler : CRAWLERS) {
            assertEquals(200, send("GET", page, "User-Agent", crawler).statusCode());
            assertEquals(start, visits(api, id), "a crawler's GET counted: " + crawler);
        }
        send("HEAD", page, "User-Agent", CHROME);
        assertEquals(start, visits(api, id), "HEAD");
        for (String[] prefetch : new String[][] {
            {"Sec-Purpose", "prefetch"},
            {"Sec-Purpose", "prefetch;prerender"},
            {"Purpose", "prefetch"},
            {"X-Moz", "prefetch"}
        }) {
            assertEquals(
                    200,
                    send("GET", page, "User-Agent", CHROME, prefetch[0], prefetch[1])
                            .statusCode());
            assertEquals(start, visits(api, id), prefetch[0] + ": " + prefetch[1]);
        }

        HttpResponse<String> browser = send("GET", page, "User-Agent", CHROME);
        assertEquals(200, browser.statusCode());
        assertEquals(start + 1, visits(api, id), "a browser's GET counts once");
        assertTrue(browser.body().contains(String.valueOf(start + 1)), "the page shows the count it made");
        send("GET", page, "User-Agent", CRAWLERS.get(0));
        assertEquals(start + 1, visits(api, id));
    }

    private static long visits(ApiClient api, long id) {
        return api.get("api/v1/documents/" + id)
                .json()
                .getJsonObject("metadata")
                .getJsonNumber("visits")
                .longValue();
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
