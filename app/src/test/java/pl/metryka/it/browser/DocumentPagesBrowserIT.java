package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.browser.Browser;

/** What a citizen sees of one document, in Chromium, with axe-core checking every page type. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentPagesBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theExampleArticleShowsItsMetrykaWithTheLabelsOfRealBipPages() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster");
        WebDriver d = browser.driver();
        assertEquals("Kluczewski klaster", d.findElement(By.tagName("h1")).getText());
        String crumbs = d.findElement(By.cssSelector("nav.breadcrumbs")).getText();
        assertTrue(
                crumbs.startsWith("Jesteś tutaj:")
                        && crumbs.contains("Start")
                        && crumbs.contains("Aktualności")
                        && crumbs.endsWith("Kluczewski klaster"),
                crumbs);
        assertEquals("Podmiot udostępniający informację: Urząd Gminy Klucze", row(d, "issuer"));
        assertEquals("Osoba sporządzająca dokument: Rafał Jaworski, inspektor ds. promocji gminy", row(d, "author"));
        assertEquals("Data wytworzenia: 8 października 2015 r.", row(d, "createdOn"));
        assertEquals("Osoba wprowadzająca dokument: Rafał Jaworski", row(d, "editor"));
        assertEquals("Data udostępnienia tej wersji: 8 października 2015 r., 12:00", row(d, "publishedAt"));
        assertEquals(
                "Data pierwszego udostępnienia dokumentu: 8 października 2015 r., 12:00", row(d, "firstPublishedAt"));
        assertEquals(
                "2015-10-08T12:00:00+02:00",
                d.findElement(By.cssSelector("[data-field='publishedAt'] time")).getDomAttribute("datetime"));
        long visits = Long.parseLong(row(d, "visits").replace("Liczba odwiedzin: ", ""));
        assertTrue(visits >= 3094, "visits " + visits);
        assertTrue(d.findElements(By.linkText("Drukuj")).size() == 1);
        assertTrue(d.findElements(By.linkText("Zapisz do PDF")).size() == 1);
        browser.assertNoAxeViolations();
    }

    @Test
    void historyVersionBannerAndDiffOfAnAmendedDocument() {
        JsonObject doc = amendedDocument();
        String slug = doc.getString("slug");
        Browser browser = Browser.shared().open(base, "dokument/" + slug);
        WebDriver d = browser.driver();

        List<WebElement> rows = d.findElements(By.cssSelector(".history__table tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(
                rows.get(0).getText().contains("Pierwsza publikacja"),
                rows.get(0).getText());
        assertTrue(
                rows.get(1).getText().contains("Zmiana godzin przyjęć")
                        && rows.get(1).getText().contains("Rafał Jaworski"),
                rows.get(1).getText());
        assertEquals(
                List.of("Wersja", "Data zmiany", "Autor zmiany", "Powód zmiany", "Zobacz", "Porównaj"),
                d.findElements(By.cssSelector(".history__table thead th")).stream()
                        .map(WebElement::getText)
                        .toList());
        browser.assertNoAxeViolations();

        Clerks.click(browser, rows.get(0).findElement(By.linkText("Zobacz wersję 1")));
        String banner = d.findElement(By.cssSelector(".archival-banner")).getText();
        assertTrue(banner.startsWith("To jest wersja archiwalna z dnia"), banner);
        assertTrue(banner.contains("zobacz wersję aktualną"), banner);
        assertTrue(d.findElement(By.cssSelector(".document__body")).getText().contains("czynny"));
        browser.assertNoAxeViolations();

        browser.open(base, "dokument/" + slug + "/porownaj?od=1&do=2");
        List<String> inserted = d.findElements(By.cssSelector(".diff ins")).stream()
                .map(WebElement::getText)
                .toList();
        List<String> deleted = d.findElements(By.cssSelector(".diff del")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(inserted.stream().anyMatch(t -> t.contains("otwarty")), inserted.toString());
        assertTrue(deleted.stream().anyMatch(t -> t.contains("czynny")), deleted.toString());
        String hidden = (String)
                ((JavascriptExecutor) d).executeScript("return document.querySelector('.diff ins').textContent");
        assertTrue(hidden.contains("wstawiono"), "screen readers hear that text was inserted: " + hidden);
        browser.assertNoAxeViolations();
    }

    @Test
    void englishIsOneLinkAwayAndRemembered() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster");
        WebDriver d = browser.driver();
        Clerks.click(browser, d.findElement(By.linkText("English")));
        assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Metadata (metryka)", d.findElement(By.id("metryka-title")).getText());
        assertEquals(
                "pl",
                d.findElement(By.cssSelector(".document__body")).getDomAttribute("lang"),
                "the document itself stays marked as Polish");
        browser.assertNoAxeViolations();
        browser.open(base, "dokument/kluczewski-klaster/wersja/1");
        assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"), "the choice is remembered");
        Clerks.click(browser, d.findElement(By.linkText("Polski")));
        assertEquals("Metryka", d.findElement(By.id("metryka-title")).getText());
    }

    @Test
    void thePrintViewHasNoNavigationButTheMetrykaAndHistory() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster/drukuj");
        WebDriver d = browser.driver();
        assertTrue(d.findElements(By.cssSelector("nav.site-menu")).isEmpty());
        assertTrue(d.findElements(By.cssSelector("form.site-search")).isEmpty());
        assertEquals("Kluczewski klaster", d.findElement(By.tagName("h1")).getText());
        assertFalse(d.findElements(By.cssSelector(".metryka")).isEmpty());
        assertFalse(d.findElements(By.cssSelector(".history__table")).isEmpty());
        browser.assertNoAxeViolations();
    }

    @Test
    void theTombstoneSaysWhatWasWithdrawnWhenByWhomAndWhy() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = publish(api, "Ogłoszenie o przetargu na remont świetlicy", "<p>Przetarg nieograniczony.</p>");
        api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + doc.getInt("id") + "/withdrawal",
                        "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        Browser browser = Browser.shared().open(base, "dokument/" + doc.getString("slug"));
        String tombstone =
                browser.driver().findElement(By.cssSelector(".tombstone")).getText();
        assertTrue(tombstone.contains("Dokument wycofany"), tombstone);
        assertTrue(
                tombstone.contains("Unieważnienie postępowania")
                        && tombstone.contains("art. 255 pkt 1 Pzp")
                        && tombstone.contains("Rafał Jaworski"),
                tombstone);
        assertEquals(
                1, browser.driver().findElements(By.linkText("Zobacz wersję 1")).size());
        browser.assertNoAxeViolations();
    }

    @Test
    void everyActionIsReachableWithTabAndWorksWithEnter() {
        JsonObject doc = amendedDocument();
        Browser browser = Browser.shared().open(base, "dokument/" + doc.getString("slug"));
        WebDriver d = browser.driver();
        List<String> reached = new ArrayList<>();
        WebElement print = null;
        for (int i = 0; i < 60 && print == null; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            WebElement focused = d.switchTo().activeElement();
            reached.add(focused.getText());
            if ("Drukuj".equals(focused.getText())) {
                print = focused;
            }
        }
        assertTrue(print != null, "Drukuj not reachable with Tab; reached " + reached);
        for (int i = 0; i < 40; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            reached.add(d.switchTo().activeElement().getText());
        }
        for (String action :
                List.of("Zapisz do PDF", "Zobacz wersję 1", "Zobacz wersję 2", "Porównaj wersję 1 z wersją 2")) {
            assertTrue(reached.contains(action), action + " not reachable; reached " + reached);
        }
        browser.open(base, "dokument/" + doc.getString("slug"));
        for (int i = 0; i < 60; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            if ("Drukuj".equals(d.switchTo().activeElement().getText())) {
                break;
            }
        }
        new Actions(d).sendKeys(Keys.ENTER).perform();
        browser.waitForPageReady();
        assertTrue(d.getCurrentUrl().endsWith("/drukuj"), d.getCurrentUrl());
    }

    private JsonObject amendedDocument() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc =
                publish(api, "Godziny przyjęć interesantów", "<p>Urząd jest czynny od poniedziałku do piątku.</p>");
        ApiClient.Reply amended = api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + doc.getInt("id"),
                        JsonBodies.amendment(
                                        "Godziny przyjęć interesantów",
                                        "<p>Urząd jest otwarty od poniedziałku do piątku.</p>",
                                        "Zmiana godzin przyjęć",
                                        1)
                                .build()
                                .toString());
        assertEquals(200, amended.status(), amended.body());
        return doc;
    }

    private static JsonObject publish(ApiClient api, String title, String body) {
        long category = DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
        ApiClient.Reply reply = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        JsonBodies.newDocument(
                                        category,
                                        title + " "
                                                + UUID.randomUUID().toString().substring(0, 6),
                                        body,
                                        true)
                                .build()
                                .toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String row(WebDriver d, String field) {
        return d.findElement(By.cssSelector("[data-field='" + field + "']"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }
}
