package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.metryka.it.Documents;
import pl.metryka.test.ApiClient;
import pl.metryka.test.browser.Browser;

/**
 * Issue 16: the citizen's comparison of two versions offers a side-by-side view (older | newer,
 * deletions in {@code <del>} on the left, insertions in {@code <ins>} on the right, each also
 * said in words) beside the inline one, each linking to the other; at 390 px the columns stack.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SideBySideDiffBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theComparisonShowsBothVersionsSideBySideAndStacksThemOnAPhone() {
        String slug = amendedDocument();
        Browser browser = Browser.shared();
        WebDriver d = browser.driver();
        Dimension saved = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new Dimension(1280, 900));
            browser.open(base, "dokument/" + slug + "/porownaj?od=1&do=2");
            assertTrue(d.findElements(By.cssSelector(".diff-sides")).isEmpty(), "inline by default");
            assertTrue(d.findElement(By.cssSelector(".diff")).getText().contains("czynny"));
            WebElement toSides = d.findElement(By.id("widok-obok"));
            assertTrue(toSides.getDomAttribute("href").contains("widok=obok"), toSides.getDomAttribute("href"));
            Clerks.click(browser, toSides);

            assertTrue(d.getCurrentUrl().contains("widok=obok"), d.getCurrentUrl());
            List<WebElement> older = d.findElements(By.cssSelector(".diff-sides__cell.diff-sides__old"));
            List<WebElement> newer = d.findElements(By.cssSelector(".diff-sides__cell.diff-sides__new"));
            assertEquals(1, older.size());
            assertEquals(1, newer.size());
            assertEquals("czynny", marked(older.get(0).findElement(By.tagName("del"))));
            assertTrue(older.get(0).findElements(By.tagName("ins")).isEmpty(), "no insertions in the older column");
            assertEquals("otwarty", marked(newer.get(0).findElement(By.tagName("ins"))));
            assertTrue(newer.get(0).findElements(By.tagName("del")).isEmpty(), "no deletions in the newer column");
            String source = d.getPageSource();
            assertTrue(source.contains("[usunięto: </span>czynny"), "a deletion is said in words, not by colour alone");
            assertTrue(source.contains("[wstawiono: </span>otwarty"), "an insertion is said in words");
            int oldX = older.get(0).getRect().getX();
            int newX = newer.get(0).getRect().getX();
            assertTrue(newX > oldX + 200, "two columns side by side: " + oldX + " | " + newX);
            assertEquals(older.get(0).getRect().getY(), newer.get(0).getRect().getY(), "paragraph beside paragraph");
            assertEquals(
                    "obok",
                    d.findElement(By.cssSelector("form.compare__choose input[name=widok]"))
                            .getDomAttribute("value"),
                    "choosing other versions keeps the view");
            browser.assertNoAxeViolations();

            d.manage().window().setSize(new Dimension(390, 844));
            browser.waitForPageReady();
            older = d.findElements(By.cssSelector(".diff-sides__cell.diff-sides__old"));
            newer = d.findElements(By.cssSelector(".diff-sides__cell.diff-sides__new"));
            assertTrue(
                    newer.get(0).getRect().getY() > older.get(0).getRect().getY(),
                    "stacked at 390 px: the newer text below the older");
            assertTrue(
                    older.get(0).getText().startsWith("Wersja 1"), older.get(0).getText());
            assertTrue(
                    newer.get(0).getText().startsWith("Wersja 2"), newer.get(0).getText());
            List<?> widths = (List<?>) ((JavascriptExecutor) d)
                    .executeScript(
                            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            assertTrue(
                    ((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                    "no sideways scrolling at 390 px: " + widths);
            browser.assertNoAxeViolations();

            WebElement toInline = d.findElement(By.id("widok-w-tekscie"));
            assertFalse(toInline.getDomAttribute("href").contains("widok=obok"), toInline.getDomAttribute("href"));
            Clerks.click(browser, toInline);
            assertTrue(d.findElements(By.cssSelector(".diff-sides")).isEmpty());
            assertTrue(d.findElement(By.cssSelector(".diff")).getText().contains("otwarty"));
        } finally {
            d.manage().window().setSize(saved);
        }
    }

    /** The marked words without the words that announce them ("[usunięto: czynny]" → "czynny"). */
    private static String marked(WebElement mark) {
        return mark.getText()
                .replaceAll("\\s+", " ")
                .replaceAll("\\[(usunięto|wstawiono): ?", "")
                .replace("]", "")
                .strip();
    }

    private String amendedDocument() {
        ApiClient api = ApiClient.anonymous(base);
        String title = Documents.unique("Godziny pracy kasy");
        JsonObject doc = Documents.published(api, title, "<p>Kasa jest czynny od poniedziałku do piątku.</p>");
        Documents.amend(
                api, doc.getInt("id"), title, "<p>Kasa jest otwarty od poniedziałku do piątku.</p>", "Zmiana słowa");
        return doc.getString("slug");
    }
}
