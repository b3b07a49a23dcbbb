package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/**
 * A clerk who uses only the keyboard (WCAG 2.1.1, 2.1.2): logs in, drafts a document, types its
 * body in the rich-text editor, leaves the body with Tab, attaches a file and saves the draft.
 * Every step is a key sent to the focused element; the one exception is the file's path, typed
 * into the focused file input, as a browser offers no keyboard-only way into its file dialog.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardEditorBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void aKeyboardOnlyClerkDraftsAttachesAndSaves() throws IOException {
        draftAndSave(true);
    }

    /**
     * A file chosen, described and then saved with „Zapisz szkic” without „Dodaj załącznik” first
     * goes with the draft: it was silently dropped before.
     */
    @Test
    void aFileChosenButNotAddedIsSavedWithTheDraft() throws IOException {
        draftAndSave(false);
    }

    private void draftAndSave(boolean addBeforeSaving) throws IOException {
        String title =
                "Ogłoszenie o naborze wniosków " + UUID.randomUUID().toString().substring(0, 6);
        Path file = pdf();
        Browser browser = Browser.shared();
        Clerks.logOutIfLoggedIn(browser, base);
        WebDriver d = browser.driver();
        try {
            browser.open(base, "logowanie");
            tabTo(d, id("logowanie:uzytkownik"), 30);
            type(d, "redaktor");
            press(d, Keys.TAB);
            assertEquals("logowanie:haslo", focused(d).getDomAttribute("id"));
            type(d, "redaktor");
            pressForNextPage(browser, Keys.ENTER);
            assertEquals("Anna Kowalczyk", d.findElement(By.id("zalogowany")).getText(), "logged in as redaktor");

            tabTo(d, e -> "Nowy dokument".equals(e.getText()), 40);
            pressForNextPage(browser, Keys.ENTER);
            assertTrue(d.getCurrentUrl().contains("/panel/edytor.xhtml"), d.getCurrentUrl());

            tabTo(d, id("edytor:title"), 60);
            type(d, title);
            press(d, Keys.TAB);
            // the category picker's filter box comes first: narrow the list, then pick with the arrows
            assertEquals("kategoria-filtr", focused(d).getDomAttribute("id"));
            type(d, "Aktualności");
            press(d, Keys.TAB);
            assertEquals("edytor:category", focused(d).getDomAttribute("id"));
            Select category = new Select(focused(d));
            for (int i = 0;
                    i < 100 && !category.getFirstSelectedOption().getText().endsWith("Aktualności");
                    i++) {
                press(d, Keys.ARROW_DOWN);
            }
            assertTrue(category.getFirstSelectedOption().getText().endsWith("Aktualności"), "category by arrow keys");
            press(d, Keys.TAB);
            assertEquals("edytor:author", focused(d).getDomAttribute("id"));
            type(d, "Anna Nowak");
            press(d, Keys.TAB);
            type(d, "inspektor ds. funduszy");

            WebElement body = tabTo(
                    d,
                    e -> e.getDomAttribute("class") != null
                            && e.getDomAttribute("class").contains("ql-editor"),
                    20);
            assertEquals("textbox", body.getDomAttribute("role"));
            assertEquals("Treść", label(d, body), "the rich-text body is labelled");
            type(d, "Nabór trwa do końca miesiąca.");
            press(d, Keys.TAB);
            WebElement upload = focused(d);
            assertEquals(
                    "edytor:upload",
                    upload.getDomAttribute("id"),
                    "Tab must leave the rich-text body for the attachment input; focus is on " + describe(upload)
                            + " (keyboard trap)");
            assertFalse(body.getText().contains("\t"), "Tab typed no tab character into the body");
            upload.sendKeys(file.toAbsolutePath().toString());
            press(d, Keys.TAB);
            assertEquals("edytor:uploadDescription", focused(d).getDomAttribute("id"));
            type(d, "Regulamin naboru");
            press(d, Keys.TAB);
            assertEquals("edytor:dodajPlik", focused(d).getDomAttribute("id"));
            if (addBeforeSaving) {
                pressForNextPage(browser, Keys.ENTER);
                assertTrue(
                        d.findElement(By.id("zalaczniki")).getText().contains("regulamin-naboru.pdf"),
                        d.findElement(By.tagName("main")).getText());
            }

            // (after adding, from the top of the page again: the whole form, the body included, is passed with Tab
            // alone)
            WebElement save = tabTo(d, id("edytor:zapisz"), 120);
            assertEquals("Zapisz szkic", save.getDomAttribute("value"));
            pressForNextPage(browser, Keys.ENTER);
            assertEquals("Szkic zapisano.", d.findElement(By.id("wynik")).getText());
        } finally {
            Clerks.logOutIfLoggedIn(browser, base);
        }

        long document = DirectSql.count("SELECT document_id FROM revision WHERE title = ?", title);
        assertEquals("DRAFT", DirectSql.string("SELECT status FROM document WHERE id = ?", document));
        assertEquals(
                "Anna Nowak|inspektor ds. funduszy|aktualnosci",
                DirectSql.string(
                        "SELECT CONCAT(r.author_name, '|', r.author_position, '|', c.slug) FROM revision r"
                                + " JOIN document d ON d.id = r.document_id JOIN category c ON c.id = d.category_id"
                                + " WHERE r.document_id = ?",
                        document));
        assertTrue(DirectSql.string("SELECT body FROM revision WHERE document_id = ?", document)
                .contains("Nabór trwa do końca miesiąca."));
        assertEquals(
                "regulamin-naboru.pdf|Regulamin naboru",
                DirectSql.string(
                        "SELECT CONCAT(a.file_name, '|', a.description) FROM attachment a"
                                + " JOIN revision r ON r.id = a.revision_id WHERE r.document_id = ?",
                        document));
    }

    /** Presses Tab until the focused element matches; fails naming every element focus passed. */
    private static WebElement tabTo(WebDriver d, Predicate<WebElement> wanted, int limit) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            press(d, Keys.TAB);
            WebElement now = focused(d);
            if (wanted.test(now)) {
                return now;
            }
            passed.add(describe(now));
        }
        throw new AssertionError("not reached with " + limit + " Tabs; focus went through " + passed);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getDomAttribute("id"));
    }

    private static WebElement focused(WebDriver d) {
        return d.switchTo().activeElement();
    }

    private static void press(WebDriver d, Keys key) {
        new Actions(d).sendKeys(key).perform();
    }

    private static void type(WebDriver d, String text) {
        new Actions(d).sendKeys(text).perform();
    }

    /** Presses a key that submits a form or follows a link, and waits for the page that replaces this one. */
    private static void pressForNextPage(Browser browser, Keys key) {
        WebDriver d = browser.driver();
        WebElement page = d.findElement(By.tagName("html"));
        press(d, key);
        // Chromium may report the replaced page's element as "not belonging to the document", which
        // ExpectedConditions.stalenessOf does not take for stale
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> Clerks.gone(page));
        browser.waitForPageReady();
    }

    private static String label(WebDriver d, WebElement element) {
        return (String) ((JavascriptExecutor) d)
                .executeScript(
                        "var by = arguments[0].getAttribute('aria-labelledby');"
                                + "return by ? by.split(' ').map(function (id) { return document.getElementById(id).textContent.trim(); }).join(' ') : null;",
                        element);
    }

    private static String describe(WebElement e) {
        String id = e.getDomAttribute("id");
        String css = e.getDomAttribute("class");
        return e.getTagName()
                + (id == null ? "" : "#" + id)
                + (css == null ? "" : "." + css.replace(' ', '.'))
                + (e.getText().isBlank() ? "" : " \"" + e.getText().strip().replaceAll("\\s+", " ") + "\"");
    }

    private static Path pdf() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-work", "keyboard"));
        return Files.writeString(
                dir.resolve("regulamin-naboru.pdf"), "%PDF-1.4\n% Regulamin naboru\n%%EOF\n", StandardCharsets.UTF_8);
    }
}
