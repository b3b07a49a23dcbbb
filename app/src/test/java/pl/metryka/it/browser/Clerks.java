package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/** Back-office helpers for browser tests: logging in through the form, accounts of a test's own. */
final class Clerks {

    private Clerks() {}

    /** Logs in through {@code /logowanie} (logging out first if the browser is logged in). */
    static void logIn(Browser browser, URL base, String username, String password) {
        logOutIfLoggedIn(browser, base);
        submitLogin(browser, base, username, password);
    }

    /** Logs in through the form as {@code username} and opens {@code page}; returns the driver to look at it with. */
    static WebDriver openAs(Browser browser, URL base, String username, String password, String page) {
        logIn(browser, base, username, password);
        browser.open(base, page);
        return browser.driver();
    }

    /**
     * Logs in through the form as the administrator and opens the administration page {@code page};
     * asserts that its heading is {@code heading} and that axe finds nothing on it.
     */
    static WebDriver openAsAdministrator(Browser browser, URL base, String page, String heading) {
        WebDriver d = openAs(browser, base, "admin", "admin", page);
        assertEquals(heading, d.findElement(By.tagName("h1")).getText());
        browser.assertNoAxeViolations();
        return d;
    }

    static void submitLogin(Browser browser, URL base, String username, String password) {
        browser.open(base, "logowanie");
        WebDriver d = browser.driver();
        d.findElement(By.id("logowanie:uzytkownik")).clear();
        d.findElement(By.id("logowanie:uzytkownik")).sendKeys(username);
        d.findElement(By.id("logowanie:haslo")).sendKeys(password);
        click(browser, d.findElement(By.id("logowanie:zaloguj")));
    }

    /**
     * Clicks an element that submits a form or follows a link and waits for the next page: until
     * the clicked element is gone from the old page, then until the new one is ready (readyState
     * alone may still be the old page's).
     */
    static void click(Browser browser, WebElement element) {
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> gone(element));
        browser.waitForPageReady();
    }

    /** Chromium reports an element of a replaced page as stale or as "not belonging to the document". */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Clicks a submit button or link and waits until the page it leads to has replaced this one. */
    static void submit(Browser browser, By target) {
        click(browser, browser.driver().findElement(target));
    }

    static void submit(Browser browser, WebElement target) {
        click(browser, target);
    }

    /** Fills in the open password change form ({@code /panel/haslo.xhtml}) and sends it. */
    static void changePassword(Browser browser, String current, String newPassword, String repeated) {
        WebDriver d = browser.driver();
        d.findElement(By.id("haslo:current")).sendKeys(current);
        d.findElement(By.id("haslo:newPassword")).sendKeys(newPassword);
        d.findElement(By.id("haslo:repeated")).sendKeys(repeated);
        submit(browser, By.id("haslo:zmien"));
    }

    /** The back office's navigation links, as the clerk reads them. */
    static List<String> navigation(WebDriver d) {
        return d.findElements(By.cssSelector("nav.panel-nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The message next to the field {@code form:field}, or "" if it has none; the role checkboxes have one of their own. */
    static String fieldMessage(WebDriver d, String form, String field) {
        List<WebElement> messages = "roles".equals(field)
                ? d.findElements(By.id(form + ":roles-blad"))
                : d.findElements(By.cssSelector("[id='" + form + ":" + field + "'] ~ .ui-message"));
        assertNotNull(messages);
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    static void logOutIfLoggedIn(Browser browser, URL base) {
        browser.open(base, "panel/");
        if (!browser.driver().findElements(By.id("wyloguj:wyloguj")).isEmpty()) {
            click(browser, browser.driver().findElement(By.id("wyloguj:wyloguj")));
        }
    }

    /**
     * A fresh account with the given roles whose password is the demo account {@code redaktor}'s
     * ("redaktor"): its hash is copied, so no hashing code is needed here.
     */
    static String newAccount(String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        DirectSql.update(
                "INSERT INTO user_account (username, full_name, password_hash, enabled, created_at, version) "
                        + "SELECT ?, ?, password_hash, TRUE, UTC_TIMESTAMP(6), 0 FROM user_account WHERE username = 'redaktor'",
                username,
                "Test " + username);
        for (String role : roles) {
            DirectSql.update(
                    "INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE username = ?",
                    role,
                    username);
        }
        return username;
    }
}
