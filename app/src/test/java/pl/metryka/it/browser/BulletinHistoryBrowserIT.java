package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.metryka.test.ApiClient;
import pl.metryka.test.browser.Browser;

/**
 * The bulletin's past, on the demo data of Gmina Klucze: the office hours were published on
 * 2 January 2017 and amended on 30 December 2019 and 20 December 2024; the 2025 budget resolution
 * was published in December 2024; one tender was withdrawn in March 2026; one 2016 order is archived.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulletinHistoryBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void aDocumentAmendedLaterShowsItsOlderVersionAsOfAnEarlierDate() {
        Browser browser = Browser.shared().open(base, "dokument/godziny-pracy-urzedu?stan=2018-06-30");
        WebDriver d = browser.driver();
        String banner = d.findElement(By.cssSelector(".pit-banner")).getText();
        assertTrue(banner.contains("Stan Biuletynu na dzień 30 czerwca 2018 r."), banner);
        assertEquals(
                "Wersja: 1",
                d.findElement(By.cssSelector("[data-field='version']"))
                        .getText()
                        .replaceAll("\\s+", " ")
                        .trim());
        assertEquals(
                1,
                d.findElements(By.cssSelector(".history__table tbody tr")).size(),
                "the history shows only what had happened by then");
        browser.assertNoAxeViolations();

        browser.open(base, "dokument/godziny-pracy-urzedu?stan=2020-06-30");
        assertEquals(
                "Wersja: 2",
                d.findElement(By.cssSelector("[data-field='version']"))
                        .getText()
                        .replaceAll("\\s+", " ")
                        .trim());
    }

    @Test
    void theHomePageAsOfADateListsOnlyWhatWasPublishedByThen() {
        Browser browser = Browser.shared().open(base, "?stan=2017-06-30");
        WebDriver d = browser.driver();
        List<String> links = d.findElements(By.cssSelector(".doc-list a")).stream()
                .map(e -> e.getDomAttribute("href"))
                .toList();
        assertTrue(
                links.stream().anyMatch(h -> h.contains("/dokument/kluczewski-klaster?stan=2017-06-30")),
                links.toString());
        assertFalse(links.stream().anyMatch(h -> h.contains("uchwala-budzetowa-2025")), links.toString());
        assertTrue(d.findElement(By.cssSelector(".pit-banner")).isDisplayed());
        browser.assertNoAxeViolations();

        browser.open(base, "");
        assertTrue(d.findElements(By.cssSelector(".pit-banner")).isEmpty());
        List<String> now = d.findElements(By.cssSelector(".doc-list a")).stream()
                .map(e -> e.getDomAttribute("href"))
                .toList();
        assertFalse(now.isEmpty());
        assertTrue(now.stream().noneMatch(h -> h.contains("stan=")), "the present keeps no date: " + now);
    }

    @Test
    void aDocumentNotYetPublishedOnTheDateIsNotFound() throws Exception {
        var response = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(ApiClient.anonymous(base)
                                        .uri("dokument/uchwala-budzetowa-2025?stan=2016-01-01"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertEquals(404, response.statusCode());
    }

    @Test
    void theSiteWideRegisterListsPublicChangesWithLinksAndFilters() {
        Browser browser = Browser.shared().open(base, "rejestr-zmian?czynnosc=AMENDED&od=2019-12-01&do=2019-12-31");
        WebDriver d = browser.driver();
        List<WebElement> rows = d.findElements(By.cssSelector("table.register tbody tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertTrue(row.getText().contains("Zmieniono"), row.getText());
        }
        assertTrue(
                rows.stream().anyMatch(r -> r.getText().contains("Godziny pracy")),
                "the 2019 amendment of the office hours");
        assertFalse(d.findElements(By.partialLinkText("Porównaj wersję")).isEmpty());
        browser.assertNoAxeViolations();

        browser.open(base, "rejestr-zmian");
        String all = d.findElement(By.cssSelector("table.register")).getText();
        assertTrue(
                all.contains("Opublikowano") && all.contains("Wycofano") && all.contains("Przeniesiono do archiwum"),
                all);
    }

    @Test
    void withdrawnAndArchivedDocumentsHaveTheirRegisters() {
        Browser browser = Browser.shared().open(base, "wycofane");
        String withdrawn =
                browser.driver().findElement(By.cssSelector("table.register")).getText();
        assertTrue(
                withdrawn.contains("Przebudowa drogi gminnej ul. Leśnej") && withdrawn.contains("art. 255 pkt 1"),
                withdrawn);
        browser.assertNoAxeViolations();

        browser.open(base, "archiwum");
        String archived =
                browser.driver().findElement(By.cssSelector("table.register")).getText();
        assertTrue(archived.contains("Zarządzenie Nr OZK.0050.137.2016"), archived);
        browser.assertNoAxeViolations();
    }

    @Test
    void categoryPagesHaveNoAccessibilityViolations() {
        Browser browser = Browser.shared().open(base, "kategoria/gmina");
        assertEquals("Gmina", browser.driver().findElement(By.tagName("h1")).getText());
        browser.assertNoAxeViolations();
    }
}
