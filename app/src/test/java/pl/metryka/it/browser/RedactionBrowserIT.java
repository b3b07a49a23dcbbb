package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
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
 * The editor-in-chief removes a passage from published versions in the back office: from the
 * document's editor to the redaction page, a missing legal basis named at its field, a preview of
 * every occurrence in context, then the removal; the page is accessible (axe) at every step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedactionBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theEditorInChiefPreviewsAndConfirmsARedaction() {
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String phrase = "ul. Testowa " + token;
        ApiClient naczelny = ApiClient.anonymous(base).as("naczelny", "naczelny");
        String create = JsonBodies.newDocument(
                        DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'"),
                        "Oświadczenie do redakcji "
                                + UUID.randomUUID().toString().substring(0, 8),
                        "<p>Mieszka przy " + phrase + " w Kluczach, a pracuje przy " + phrase + ".</p>",
                        true)
                .build()
                .toString();
        ApiClient.Reply created = naczelny.post("api/v1/documents", create);
        assertEquals(201, created.status(), created.body());
        JsonObject document = created.json();
        long id = document.getJsonNumber("id").longValue();

        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "naczelny", "naczelny");
        WebDriver d = browser.driver();
        browser.open(base, "panel/edytor.xhtml?id=" + id);
        Clerks.click(browser, d.findElement(By.id("usun-fragment")));
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Usunięcie fragmentu"));
        browser.assertNoAxeViolations();

        d.findElement(By.id("usuniecie:tekst")).sendKeys(phrase);
        d.findElement(By.id("usuniecie:powod")).sendKeys("adres zamieszkania opublikowany przez omyłkę");
        Clerks.click(browser, d.findElement(By.id("usuniecie:podglad")));
        assertTrue(
                d.getPageSource().contains("Podstawa prawna usunięcia jest wymagana."), "the missing field is named");
        assertEquals("true", d.findElement(By.id("usuniecie:podstawa")).getDomAttribute("aria-invalid"));
        browser.assertNoAxeViolations();

        d.findElement(By.id("usuniecie:podstawa")).sendKeys("art. 17 ust. 1 lit. d RODO");
        Clerks.click(browser, d.findElement(By.id("usuniecie:podglad")));
        assertEquals(2, d.findElements(By.cssSelector("del.redaction-removed")).size(), "each occurrence is previewed");
        assertTrue(
                d.findElement(By.cssSelector("#usuniecie\\:podgladWynik tbody"))
                        .getText()
                        .contains("Mieszka przy"),
                "in context");
        assertTrue(d.findElement(By.id("zaslepka")).getText().startsWith("[fragment usunięty "));
        assertTrue(
                naczelny.get("api/v1/documents/" + id + "/revisions/1").body().contains(phrase),
                "a preview removes nothing");
        browser.assertNoAxeViolations();

        Clerks.click(browser, d.findElement(By.id("usuniecie:potwierdz")));
        assertTrue(d.findElement(By.id("usunieto")).getText().contains("Usunięto z wersji [1]"), d.getPageSource());
        browser.assertNoAxeViolations();
        String version = naczelny.get("dokument/" + document.getString("slug") + "/wersja/1")
                .body();
        assertFalse(version.contains(token), "the passage is gone from the version");
        assertTrue(version.contains("[fragment usunięty "));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'REDACTED'", id));

        // the verification page: the redacted version checks out and says it was redacted (Web Crypto needs localhost)
        browser.open(secure(), "dokument/" + document.getString("slug") + "/weryfikacja");
        String result = new WebDriverWait(d, Duration.ofSeconds(60)).until(driver -> {
            String r = driver.findElement(By.id("wynik-ogolny")).getDomAttribute("data-result");
            return "ok".equals(r) || "failed".equals(r) ? r : null;
        });
        assertEquals("ok", result, d.findElement(By.id("wynik-ogolny")).getText());
        assertTrue(
                d.findElement(By.id("wynik-wersja-1"))
                        .getText()
                        .startsWith("Usunięto fragment po publikacji, skrót zatwierdzony"),
                d.findElement(By.id("wynik-wersja-1")).getText());
        browser.assertNoAxeViolations();

        Clerks.logIn(browser, base, "redaktor", "redaktor");
        browser.open(base, "panel/usuniecie.xhtml?dokument=" + id);
        assertTrue(d.findElements(By.id("usuniecie:tekst")).isEmpty(), "a REDAKTOR gets no form");
        assertTrue(d.findElement(By.id("tylko-naczelny")).isDisplayed());
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private URL secure() {
        try {
            return new URL("http", "localhost", base.getPort(), base.getPath());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
