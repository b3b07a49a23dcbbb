package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/** Two administrators edit one account: the second save is refused with a message, not written over the first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentAccountEditBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theSecondOfTwoAdministratorsIsToldOfTheConflictAndOverwritesNothing() {
        String username = Clerks.newAccount("dwaj", "REDAKTOR");
        Browser first = Browser.shared();
        Clerks.logIn(first, base, "admin", "admin");
        first.open(base, "panel/administracja/uzytkownik.xhtml?login=" + username);
        try (Browser second = Browser.start()) {
            Clerks.logIn(second, base, "admin", "admin");
            second.open(base, "panel/administracja/uzytkownik.xhtml?login=" + username);
            rename(second, "Zmiana Drugiego");
            assertEquals("Zmiana Drugiego", fullName(username));
        }

        rename(first, "Zmiana Pierwszego");
        WebDriver d = first.driver();
        String messages = d.findElement(By.id("komunikaty")).getText();
        assertTrue(messages.contains("zmienił w tym czasie inny administrator"), messages);
        assertEquals("Zmiana Drugiego", fullName(username), "the other administrator's change stands");
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_CHANGE' AND target = ?", username));
        Clerks.logOutIfLoggedIn(first, base);
    }

    private static void rename(Browser browser, String fullName) {
        WebElement field = browser.driver().findElement(By.id("konto:fullName"));
        field.clear();
        field.sendKeys(fullName);
        Clerks.click(browser, browser.driver().findElement(By.id("konto:zapisz")));
    }

    private static String fullName(String username) {
        return DirectSql.string("SELECT full_name FROM user_account WHERE username = ?", username);
    }
}
