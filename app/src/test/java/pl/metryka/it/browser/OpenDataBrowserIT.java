package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pl.metryka.test.browser.Browser;

/** The API documentation page and the JSON-LD of a document page, in Chromium under the site's CSP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataBrowserIT {

    /**
     * Content-Security-Policy violations the page has reported so far: a buffered ReportingObserver
     * also receives the reports made before it was created.
     */
    private static final String CSP_VIOLATIONS = """
            const done = arguments[arguments.length - 1];
            const seen = [];
            const observer = new ReportingObserver((reports) => reports.forEach(r => seen.push(JSON.stringify(r.body))),
                {types: ['csp-violation'], buffered: true});
            observer.observe();
            setTimeout(() => { observer.takeRecords().forEach(r => seen.push(JSON.stringify(r.body))); done(seen); }, 500);""";

    @ArquillianResource
    private URL base;

    @Test
    void theApiDocumentationListsTheEndpointsAndIsAccessible() {
        Browser browser = Browser.shared().open(base, "api/dokumentacja");
        assertEquals(
                "Dokumentacja API i otwarte dane",
                browser.driver().findElement(By.tagName("h1")).getText());
        List<WebElement> operations = browser.driver().findElements(By.cssSelector(".api-operation h3 code"));
        List<String> names = operations.stream().map(WebElement::getText).toList();
        assertTrue(names.contains("GET /api/v1/documents"), names.toString());
        assertTrue(names.contains("GET /api/v1/export/bulletin.json"), names.toString());
        assertTrue(names.contains("PUT /api/v1/documents/{id}"), names.toString());
        assertEquals(0, violations(browser).size(), "nothing on the page is blocked by the CSP");
        browser.assertNoAxeViolations();
    }

    /**
     * The CSP reports each inline script it blocks, and nothing for a JSON-LD data block, which is
     * never executed. (Public pages carry no inline script at all: no PrimeFaces there.)
     */
    @Test
    void theDocumentPageCarriesJsonLdThatTheBrowserParsesWithoutACspViolation() {
        for (String path : List.of("dokument/godziny-pracy-urzedu", "dokument/godziny-pracy-urzedu/wersja/1")) {
            Browser browser = Browser.shared().open(base, path);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            Map<String, Object> ld = (Map<String, Object>) js.executeScript(
                    "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);");
            assertEquals("DigitalDocument", ld.get("@type"), path);
            long inline = 0;
            assertEquals(inline, violations(browser).size(), path + ": nothing on the page is blocked");

            js.executeScript("const s = document.createElement('script'); s.type = 'application/ld+json';"
                    + " s.textContent = '{\"@type\":\"Thing\"}'; document.head.appendChild(s);");
            assertEquals(inline, violations(browser).size(), path + ": another data block is not reported either");
            js.executeScript("const s = document.createElement('script'); s.textContent = 'window.x = 1;';"
                    + " document.body.appendChild(s);");
            assertEquals(inline + 1, violations(browser).size(), path + ": the check sees an inline script");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> violations(Browser browser) {
        return (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(CSP_VIOLATIONS);
    }
}
