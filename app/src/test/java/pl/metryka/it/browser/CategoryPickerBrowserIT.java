package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import pl.metryka.it.Documents;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/**
 * Issue 16: the category picker is a tree (one group per top-level category, the rest indented)
 * with a filter box, in the new document's form and in the move of a published document, which a
 * REDAKTOR_NACZELNY does with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CategoryPickerBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theClerkFiltersTheCategoryTreeAndANaczelnyMovesAPublishedDocument() {
        long aktualnosci = Documents.category();
        String title = Documents.unique("Komunikat do przeniesienia");
        long id = Documents.publishedId(ApiClient.anonymous(base), title, "<p>Treść.</p>");
        long target = DirectSql.count(
                "SELECT MIN(c.id) FROM category c WHERE c.parent_id IS NOT NULL AND c.id <> ?", aktualnosci);
        String targetName = DirectSql.string("SELECT name FROM category WHERE id = ?", target);

        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, "redaktor", "redaktor", "panel/edytor.xhtml");
        WebElement select = d.findElement(By.id("edytor:category"));
        assertTrue(
                select.findElements(By.tagName("optgroup")).size() >= 5,
                "one group per top-level category: "
                        + select.findElements(By.tagName("optgroup")).size());
        assertTrue(
                visibleOptions(d, "edytor:category").stream().anyMatch(o -> o.startsWith("\u00a0\u00a0\u00a0– ")),
                "categories under a top-level one are indented and dashed: " + visibleOptions(d, "edytor:category"));
        WebElement filter = d.findElement(By.id("kategoria-filtr"));
        assertTrue(filter.isDisplayed(), "the filter box shows when scripts run");
        browser.assertNoAxeViolations();
        String word = targetName.substring(0, Math.min(5, targetName.length()));
        filter.sendKeys(word);
        List<String> shown = visibleOptions(d, "edytor:category");
        assertTrue(shown.stream().anyMatch(o -> o.contains(targetName)), shown.toString());
        assertTrue(
                shown.stream().allMatch(o -> plain(o).contains(plain(word)) || isGroupMatch(d, o, word)),
                "only matching categories remain: " + shown);
        assertTrue(
                d.findElement(By.id("kategoria-filtr-stan")).getText().startsWith("Pasujące kategorie: "),
                d.findElement(By.id("kategoria-filtr-stan")).getText());
        browser.assertNoAxeViolations();

        Clerks.openAs(browser, base, "naczelny", "naczelny", "panel/edytor.xhtml?id=" + id);
        assertTrue(d.findElement(By.id("obecna-kategoria")).getText().contains("Aktualności"));
        browser.assertNoAxeViolations();
        Clerks.click(browser, d.findElement(By.id("edytor:przenies")));
        assertTrue(
                Clerks.fieldMessage(d, "edytor", "moveCategory").contains("Pole „Nowa kategoria”"),
                Clerks.fieldMessage(d, "edytor", "moveCategory"));
        assertTrue(
                Clerks.fieldMessage(d, "edytor", "moveReason").contains("Pole „Powód przeniesienia”"),
                Clerks.fieldMessage(d, "edytor", "moveReason"));
        new Select(d.findElement(By.id("edytor:moveCategory"))).selectByValue(String.valueOf(target));
        d.findElement(By.id("edytor:moveReason")).sendKeys("Komunikat dotyczy innego działu");
        Clerks.click(browser, d.findElement(By.id("edytor:przenies")));
        assertEquals(
                "Dokument przeniesiono do innej kategorii.",
                d.findElement(By.id("wynik")).getText());
        assertTrue(d.findElement(By.id("obecna-kategoria")).getText().contains(targetName));
        assertEquals(target, DirectSql.count("SELECT category_id FROM document WHERE id = ?", id));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'MOVED'"
                                + " AND reason LIKE '%Komunikat dotyczy innego działu'",
                        id));
        browser.assertNoAxeViolations();
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private static List<String> visibleOptions(WebDriver d, String id) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) d)
                .executeScript(
                        "return Array.from(document.getElementById(arguments[0]).options)"
                                + ".filter(function (o) { return o.value && !o.hidden; })"
                                + ".map(function (o) { return o.textContent; });",
                        id);
        return texts;
    }

    /** An option shown because its top-level group's name matches. */
    private static boolean isGroupMatch(WebDriver d, String option, String word) {
        Object group = ((JavascriptExecutor) d)
                .executeScript(
                        "var t = arguments[0]; var o = Array.from(document.getElementById('edytor:category').options)"
                                + ".find(function (x) { return x.textContent === t; });"
                                + "return o && o.parentElement.label || '';",
                        option);
        return plain(String.valueOf(group)).contains(plain(word));
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase().replace('ł', 'l'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
