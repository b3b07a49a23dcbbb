package pl.metryka.it.browser;

import java.net.URL;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.metryka.test.TestDb;
import pl.metryka.test.browser.Browser;

/** Back-office helpers for browser tests: logging in through the form, accounts of a test's own. */
final class Clerks {

    private Clerks() {
    }

    /** Logs in through {@code /logowanie} (logging out first if the browser is logged in). */
    static void logIn(Browser browser, URL base, String username, String password) {
        logOutIfLoggedIn(browser, base);
        submitLogin(browser, base, username, password);
    }

    static void submitLogin(Browser browser, URL base, String username, String password) {
        browser.open(base, "logowanie");
        WebDriver d = browser.driver();
        d.findElement(By.id("logowanie:uzytkownik")).clear();
        d.findElement(By.id("logowanie:uzytkownik")).sendKeys(username);
        d.findElement(By.id("logowanie:haslo")).sendKeys(password);
        AdministrationBrowserIT.submit(browser, By.id("logowanie:zaloguj")); // waits for the answer to replace the form
    }

    static void logOutIfLoggedIn(Browser browser, URL base) {
        browser.open(base, "panel/");
        if (!browser.driver().findElements(By.id("wyloguj:wyloguj")).isEmpty()) {
            browser.driver().findElement(By.id("wyloguj:wyloguj")).click();
            browser.waitForPageReady();
        }
    }

    /**
     * A fresh account with the given roles whose password is the demo account {@code redaktor}'s
     * ("redaktor"): its hash is copied, so no hashing code is needed here.
     */
    static String newAccount(String prefix, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestDb.update("INSERT INTO user_account (username, full_name, password_hash, enabled, failed_logins, created_at, version) "
                + "SELECT ?, ?, password_hash, TRUE, 0, UTC_TIMESTAMP(6), 0 FROM user_account WHERE username = 'redaktor'",
                username, "Test " + username);
        for (String role : roles) {
            TestDb.update("INSERT INTO user_role (user_id, role) SELECT id, ? FROM user_account WHERE username = ?", role, username);
        }
        return username;
    }
}
