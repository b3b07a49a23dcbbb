package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * MicroProfile Metrics at /metrics (the application's root; for an auditor or administrator):
 * Metryka's own metrics are there and move when things happen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    @ArquillianResource
    private URL base;

    @Test
    void ourMetricsAreServedWithTheVisitCounterAndTheConnections() {
        String metrics = scrape();
        for (String name : new String[] {
            "metryka_documents_published_total",
            "metryka_documents_amended_total",
            "metryka_visits_pending",
            "metryka_visits_flush_lag_seconds",
            "metryka_db_connections",
            "metryka_register_entries_total",
            "metryka_http_requests_total",
            "metryka_search_documents",
            "metryka_jvm_heap_used_bytes",
            "metryka_jvm_heap_max_bytes"
        }) {
            assertTrue(metrics.contains(name + "{"), name + " in\n" + metrics);
        }
        assertTrue(value(metrics, "metryka_visits_flush_lag_seconds", "") < 60, "the counter flushes every 5 s");
        assertTrue(value(metrics, "metryka_db_connections", "state=\"idle\"") >= 0, "the database was asked");
        assertTrue(value(metrics, "metryka_db_connections", "state=\"active\"") >= 0, "the database was asked");
    }

    @Test
    void aPublicationAndAnAmendmentIncrementTheirCounters() {
        ApiClient api = ApiClient.anonymous(base);
        assertEquals(
                200, api.get("api/v1/documents?size=1").status(), "an API 2xx sample exists, whichever test ran first");
        String before = scrape();
        String title = unique("Licznik publikacji");
        JsonObject doc = published(api, title, "<p>Treść.</p>");
        amend(api, doc.getInt("id"), title, "<p>Nowa treść.</p>", "Poprawka");
        String after = scrape();

        assertEquals(
                value(before, "metryka_documents_published_total", "") + 1,
                value(after, "metryka_documents_published_total", ""));
        assertEquals(
                value(before, "metryka_documents_amended_total", "") + 1,
                value(after, "metryka_documents_amended_total", ""));
        assertEquals(
                value(before, "metryka_register_entries_total", "action=\"AMENDED\"") + 1,
                value(after, "metryka_register_entries_total", "action=\"AMENDED\""));
        assertTrue(value(after, "metryka_http_requests_total", "area=\"api\",mp_scope=\"application\",status=\"2xx\"")
                >= value(before, "metryka_http_requests_total", "area=\"api\",mp_scope=\"application\",status=\"2xx\"")
                        + 2);
    }

    @Test
    void theVisitCounterReportsAFreshFlush() throws Exception {
        Http.get(Http.app(base, "dokument/kluczewski-klaster"));
        Thread.sleep(6_000);
        String later = scrape();
        assertTrue(value(later, "metryka_visits_flush_lag_seconds", "") < 6, "flushed within the last 5 s: " + later);
    }

    private String scrape() {
        return scrape(base);
    }

    /** What an auditor's scraper reads at /metrics. */
    static String scrape(URL base) {
        String auditor =
                "Basic " + Base64.getEncoder().encodeToString("audytor:audytor".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> reply = Http.get(Http.app(base, "metrics"), "Authorization", auditor);
        assertEquals(200, reply.statusCode());
        return Http.text(reply);
    }

    /** The value of the sample {@code name{...}} whose labels contain {@code labels}. */
    static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)")
                .matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no " + name + "{" + labels + "} in\n" + metrics);
    }
}
