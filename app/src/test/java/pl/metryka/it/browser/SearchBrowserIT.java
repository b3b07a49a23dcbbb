package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.metryka.test.browser.Browser;

/** The search results page in Chromium: reachable from the header box, usable without JavaScript, no axe violations. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theHeaderSearchBoxLeadsToAccessibleResults() {
        Browser browser = Browser.shared().open(base, "");
        WebDriver d = browser.driver();
        d.findElement(By.id("q")).sendKeys("uchwala");
        d.findElement(By.cssSelector("form.site-search button[type=submit]")).click();
        new WebDriverWait(d, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/szukaj"));
        browser.waitForPageReady();
        assertTrue(d.getCurrentUrl().contains("/szukaj?q=uchwala"), d.getCurrentUrl());
        assertEquals("Wyniki wyszukiwania", d.findElement(By.tagName("h1")).getText());
        String count = d.findElement(By.cssSelector(".search-count")).getText();
        assertTrue(count.matches("Liczba znalezionych dokumentów: [1-9][\\d\\s\u00a0\u202f]*"), count);
        List<WebElement> results = d.findElements(By.cssSelector("ol.search-results > li"));
        assertFalse(results.isEmpty());
        assertFalse(d.findElements(By.cssSelector("ol.search-results mark")).isEmpty(), "matches are marked");
        assertEquals("uchwala", d.findElement(By.id("search-q")).getDomProperty("value"));
        browser.assertNoAxeViolations();
    }

    @Test
    void filtersAndTheEmptyAndNoResultPagesHaveNoAxeViolations() {
        Browser browser =
                Browser.shared().open(base, "szukaj?q=uchwala&kategoria=rada-gminy&status=wszystkie&od=2000-01-01");
        WebDriver d = browser.driver();
        assertEquals("rada-gminy", d.findElement(By.id("search-kategoria")).getDomProperty("value"));
        assertTrue(d.findElement(By.id("search-status")).isSelected());
        browser.assertNoAxeViolations();

        browser.open(base, "szukaj");
        assertTrue(d.findElement(By.cssSelector(".search-hint")).getText().startsWith("Wpisz"));
        browser.assertNoAxeViolations();

        browser.open(base, "szukaj?q=qqqnicniemaqqq");
        assertTrue(d.findElement(By.cssSelector(".search-none")).getText().startsWith("Nie znaleziono"));
        browser.assertNoAxeViolations();
    }
}
