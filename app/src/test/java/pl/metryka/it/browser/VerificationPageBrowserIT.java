package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.browser.Browser;

/**
 * The per-document verification page: Chromium's Web Crypto recomputes every revision's hash,
 * the entries' chain hashes and inclusion proofs and the head's Ed25519 signature, and shows the
 * result; a revision changed in the database is shown as failed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationPageBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theBrowserVerifiesEveryRevisionAndTheSignedHead() {
        JsonObject doc = amended("<p>Godziny pracy: 7:30–15:30.</p>", "<p>Godziny pracy: 8:00–16:00.</p>");
        Browser browser = Browser.shared().open(secure(), "dokument/" + doc.getString("slug"));
        WebDriver d = browser.driver();
        Clerks.click(browser, d.findElement(By.linkText("Weryfikacja integralności")));
        assertTrue(
                d.getCurrentUrl().endsWith("/dokument/" + doc.getString("slug") + "/weryfikacja"), d.getCurrentUrl());

        String result = awaitResult(d);
        String status = d.findElement(By.id("wynik-ogolny")).getText();
        assertEquals(
                "ok", result, status + " / " + d.findElement(By.tagName("main")).getText());
        assertTrue(status.startsWith("Zweryfikowano w przeglądarce"), status);
        assertEquals(
                "Podpis poprawny (sprawdzony w przeglądarce)",
                d.findElement(By.id("wynik-podpis")).getText(),
                "Chromium checks Ed25519 itself");
        for (int revision = 1; revision <= 2; revision++) {
            String cell = d.findElement(By.id("wynik-wersja-" + revision)).getText();
            assertTrue(cell.startsWith("Zgodna"), revision + ": " + cell);
        }
        assertEquals(
                2,
                d.findElements(By.cssSelector("td[id^='wynik-wpis-'][data-result='ok']"))
                        .size(),
                "published and amended entries are each in the signed tree (a draft's creation is not registered)");
        assertEquals(
                1, d.findElements(By.linkText("Pobierz paczkę weryfikacyjną")).size());
        browser.assertNoAxeViolations();
    }

    /** Issue 12: the browser rebuilds withheld.inInterestOf and publishedElsewhereAt exactly when the server hashes them. */
    @Test
    void aWithholdingWithItsPodmiotAndAnImportedRevisionVerifyInTheBrowser() {
        String sourceId = "BIP-WER-" + UUID.randomUUID();
        ApiClient.Reply imported = ApiClient.anonymous(base)
                .as("admin", "admin")
                .post(
                        "api/v1/import/documents",
                        JsonBodies.imported(
                                        sourceId,
                                        "aktualnosci",
                                        JsonBodies.formerRevision(
                                                        "Ogłoszenie z 2016",
                                                        "<p>Treść.</p>",
                                                        "2016-01-04",
                                                        "2016-01-05 10:00")
                                                .add(
                                                        "withheld",
                                                        Json.createObjectBuilder()
                                                                .add("scope", "adres")
                                                                .add("legalBasis", "art. 5 ust. 2 udip")
                                                                .add("decidedBy", "Wójt")
                                                                .add("inInterestOf", "Jan Nowak")))
                                .build()
                                .toString());
        assertEquals(201, imported.status(), imported.body());
        // the demo oświadczenie withholds in its version 2 (its version 1 was redacted, checked elsewhere)
        Map<String, Integer> withholdingVersion = Map.of(
                "oswiadczenie-majatkowe-sekretarz-gminy-2024",
                2,
                imported.json().getString("slug"),
                1);
        withholdingVersion.forEach((slug, version) -> {
            Browser browser = Browser.shared().open(secure(), "dokument/" + slug + "/weryfikacja");
            WebDriver d = browser.driver();
            String result = awaitResult(d);
            assertEquals(
                    "ok",
                    result,
                    slug + ": " + d.findElement(By.tagName("main")).getText());
            assertTrue(d.findElement(By.id("wynik-wersja-" + version)).getText().startsWith("Zgodna"), slug);
        });
    }

    @Test
    void aRevisionChangedInTheDatabaseIsShownAsFailed() {
        JsonObject doc = amended("<p>Stawka podatku: 100 zł.</p>", "<p>Stawka podatku: 120 zł.</p>");
        long id = doc.getJsonNumber("id").longValue();
        DirectSql.withoutGuards(c -> {
            try (var s = c.prepareStatement(
                    "UPDATE revision SET body = REPLACE(body, '100 zł', '10 zł') WHERE document_id = ? AND number = 1")) {
                s.setLong(1, id);
                assertEquals(1, s.executeUpdate());
            }
            try {
                Browser browser = Browser.shared().open(secure(), "dokument/" + doc.getString("slug") + "/weryfikacja");
                WebDriver d = browser.driver();
                assertEquals("failed", awaitResult(d));
                assertTrue(
                        d.findElement(By.id("wynik-wersja-1")).getText().startsWith("BŁĄD"),
                        d.findElement(By.id("wynik-wersja-1")).getText());
                assertTrue(d.findElement(By.id("wynik-wersja-2")).getText().startsWith("Zgodna"));
                assertTrue(d.findElement(By.id("wynik-ogolny")).getText().startsWith("Weryfikacja NIE powiodła się"));
                browser.assertNoAxeViolations();
            } finally {
                try (var s = c.prepareStatement(
                        "UPDATE revision SET body = REPLACE(body, '10 zł', '100 zł') WHERE document_id = ? AND number = 1")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
        });
    }

    @Test
    void withoutJavaScriptThePageShowsTheDataAndSaysCheckingNeedsIt() {
        JsonObject doc = amended("<p>Pierwsza.</p>", "<p>Druga.</p>");
        ApiClient.Reply page = ApiClient.anonymous(base).get("dokument/" + doc.getString("slug") + "/weryfikacja");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("wymaga włączonego JavaScriptu"), html);
        assertTrue(html.contains("Niesprawdzone (wymaga JavaScriptu)"), html);
        String hash = DirectSql.string(
                "SELECT content_hash FROM revision WHERE document_id = ? AND number = 2",
                doc.getJsonNumber("id").longValue());
        assertTrue(html.contains(hash), "the content hash is on the page for anyone to check");
        assertTrue(
                html.matches("(?s).*<script src=\"[^\"]*/js/weryfikacja\\.js[^\"]*\"[^>]*></script>.*"),
                "the check is a static script file under resources (CSP script-src 'self')");
    }

    /**
     * The same server as localhost: Web Crypto exists only in secure contexts (https, or localhost),
     * and the suite serves plain http on the machine's address.
     */
    private URL secure() {
        try {
            return new URL("http", "localhost", base.getPort(), base.getPath());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String awaitResult(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(60)).until(driver -> {
            String result = driver.findElement(By.id("wynik-ogolny")).getDomAttribute("data-result");
            return "ok".equals(result) || "failed".equals(result) ? result : null;
        });
    }

    private JsonObject amended(String first, String second) {
        ApiClient api = ApiClient.anonymous(base).as("naczelny", "naczelny");
        String title =
                "Informacja do weryfikacji " + UUID.randomUUID().toString().substring(0, 8);
        long category = DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
        String created =
                JsonBodies.newDocument(category, title, first, true).build().toString();
        ApiClient.Reply reply = api.post("api/v1/documents", created);
        assertEquals(201, reply.status(), reply.body());
        long id = reply.json().getJsonNumber("id").longValue();
        String amendment =
                JsonBodies.amendment(title, second, "Aktualizacja", 1).build().toString();
        ApiClient.Reply amended = api.put("api/v1/documents/" + id, amendment);
        assertEquals(200, amended.status(), amended.body());
        return amended.json();
    }
}
