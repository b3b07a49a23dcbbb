package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/** The back office's door: the login form, navigation by role, logout, lockout, password change. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeLoginBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void aRedaktorLogsInSeesTheDeskAndOnlyTheNavigationOfTheRoleThenLogsOut() {
        Browser browser = Browser.shared();
        Clerks.logOutIfLoggedIn(browser, base);
        browser.open(base, "panel/dokumenty.xhtml");
        WebDriver d = browser.driver();
        assertTrue(d.getCurrentUrl().contains("/logowanie"), "a protected page asks to log in: " + d.getCurrentUrl());
        assertEquals("pl", d.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Logowanie", d.findElement(By.tagName("h1")).getText());
        browser.assertNoAxeViolations();

        d.findElement(By.id("logowanie:uzytkownik")).sendKeys("redaktor");
        d.findElement(By.id("logowanie:haslo")).sendKeys("redaktor");
        Clerks.click(browser, d.findElement(By.id("logowanie:zaloguj")));
        assertTrue(
                d.getCurrentUrl().endsWith("/panel/dokumenty.xhtml"),
                "back where the clerk wanted to go: " + d.getCurrentUrl());

        browser.open(base, "panel/");
        assertEquals("Pulpit", d.findElement(By.tagName("h1")).getText());
        List<String> nav = Clerks.navigation(d);
        assertEquals(List.of("Pulpit", "Dokumenty", "Nowy dokument", "Zmiana hasła"), nav);
        for (String list : List.of("moje-szkice", "czekajace", "zaplanowane", "opublikowane", "zmienione")) {
            assertEquals(1, d.findElements(By.id(list)).size(), list);
        }
        assertEquals(
                1, d.findElements(By.cssSelector("a.skip-link[href='#tresc']")).size());
        browser.assertNoAxeViolations();
        assertTrue(
                DirectSql.count(
                                "SELECT COUNT(*) FROM audit_event WHERE actor = 'redaktor' AND action = 'LOGIN' AND outcome = 'SUCCESS'")
                        >= 1,
                "the interactive login is in the audit log");

        Clerks.click(browser, d.findElement(By.id("wyloguj:wyloguj")));
        assertTrue(d.getCurrentUrl().contains("/logowanie"), d.getCurrentUrl());
        assertEquals("Wylogowano.", d.findElement(By.id("wylogowano")).getText());
        browser.open(base, "panel/");
        assertTrue(d.getCurrentUrl().contains("/logowanie"), "after logout the panel is closed: " + d.getCurrentUrl());
    }

    @Test
    void eachRoleSeesItsOwnSlotsAndTheServerRefusesTheOthersPages() {
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "audytor", "audytor");
        WebDriver d = browser.driver();
        List<String> nav = Clerks.navigation(d);
        assertEquals(List.of("Pulpit", "Dziennik zdarzeń", "Zmiana hasła"), nav);
        browser.open(base, "panel/administracja/");
        assertFalse(d.getPageSource().contains("Administracja</h1>"), "an auditor does not get the administration");
        assertEquals("Brak uprawnień", d.findElement(By.tagName("h1")).getText());
        assertTrue(
                DirectSql.count(
                                "SELECT COUNT(*) FROM audit_event WHERE actor = 'audytor' AND outcome = 'REFUSED' AND target LIKE '%/panel/administracja/%'")
                        >= 1,
                "the refused page is in the audit log");

        Clerks.logIn(browser, base, "admin", "admin");
        nav = Clerks.navigation(d);
        assertEquals(List.of("Pulpit", "Administracja", "Zmiana hasła"), nav);
        browser.open(base, "panel/dokumenty.xhtml");
        assertFalse(
                d.findElements(By.id("liczba")).size() == 1, "an administrator is refused the clerks' document list");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void fiveWrongPasswordsMakeThisBrowserWaitAndTheSixthAttemptWithTheRightOneIsRefused() {
        String username = Clerks.newAccount("blokada", "REDAKTOR");
        Browser browser = Browser.shared();
        Clerks.logOutIfLoggedIn(browser, base);
        WebDriver d = browser.driver();
        for (int i = 1; i <= 4; i++) {
            Clerks.submitLogin(browser, base, username, "zle-haslo-" + i);
            assertEquals(
                    "Niepoprawna nazwa użytkownika lub hasło.",
                    d.findElement(By.id("blad-logowania")).getText());
        }
        Clerks.submitLogin(browser, base, username, "zle-haslo-5");
        String locked = d.findElement(By.id("blad-logowania")).getText();
        assertTrue(
                locked.startsWith(
                        "Zbyt wiele nieudanych prób logowania na to konto z tego adresu. Następna próba będzie możliwa za 1 min"),
                locked);
        browser.assertNoAxeViolations();

        Clerks.submitLogin(browser, base, username, "redaktor");
        assertEquals(
                locked,
                d.findElement(By.id("blad-logowania")).getText(),
                "the right password is not checked while this address waits");
        browser.open(base, "panel/");
        assertTrue(d.getCurrentUrl().contains("/logowanie"), d.getCurrentUrl());

        String unknown = "nieznany-" + username;
        for (int i = 1; i <= 5; i++) {
            Clerks.submitLogin(browser, base, unknown, "zle-haslo-" + i);
        }
        assertEquals(
                locked,
                d.findElement(By.id("blad-logowania")).getText(),
                "a name without an account answers the same, so the form does not tell who has an account");
        assertEquals(
                6,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN' AND outcome = 'FAILURE'",
                        username));
    }

    @Test
    void aUserChangesTheirPasswordWithPolishMessagesNextToTheFields() {
        String username = Clerks.newAccount("haslo", "REDAKTOR");
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, username, "redaktor", "panel/haslo.xhtml");
        Clerks.changePassword(browser, "niepoprawne", "krotkie", "inne");
        assertTrue(fieldMessage(d, "current").contains("Obecne hasło jest niepoprawne."), fieldMessage(d, "current"));
        assertTrue(fieldMessage(d, "newPassword").contains("co najmniej 12 znaków"), fieldMessage(d, "newPassword"));
        assertTrue(fieldMessage(d, "repeated").contains("różni się"), fieldMessage(d, "repeated"));
        assertEquals("true", d.findElement(By.id("haslo:newPassword")).getDomAttribute("aria-invalid"));
        browser.assertNoAxeViolations();

        String fresh = "Nowe hasło 2026 do BIP!";
        Clerks.changePassword(browser, "redaktor", fresh, fresh);
        assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Hasło zostało zmienione."));

        Clerks.logIn(browser, base, username, "redaktor");
        assertTrue(d.getCurrentUrl().contains("/logowanie"), "the old password no longer works");
        Clerks.submitLogin(browser, base, username, fresh);
        assertEquals("Pulpit", d.findElement(By.tagName("h1")).getText());
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void anExpiredSessionSendsTheClerkToTheLoginFormWithANote() {
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "redaktor", "redaktor");
        WebDriver d = browser.driver();
        Cookie session = d.manage().getCookieNamed("JSESSIONID");
        d.manage().deleteCookieNamed("JSESSIONID");
        d.manage()
                .addCookie(new Cookie.Builder("JSESSIONID", "wygasla-" + System.nanoTime())
                        .path(session.getPath())
                        .isHttpOnly(true)
                        .build());
        browser.open(base, "panel/dokumenty.xhtml");
        assertTrue(d.getCurrentUrl().contains("sesja=wygasla"), d.getCurrentUrl());
        assertEquals(
                "Sesja wygasła po 30 minutach bezczynności. Zaloguj się ponownie.",
                d.findElement(By.id("sesja-wygasla")).getText());
        browser.assertNoAxeViolations();
    }

    @Test
    void englishIsAvailableInTheBackOfficeToo() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, "naczelny", "naczelny", "panel/?lang=en");
        assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Dashboard", d.findElement(By.tagName("h1")).getText());
        browser.open(base, "panel/?lang=pl");
        assertEquals("Pulpit", d.findElement(By.tagName("h1")).getText());
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private static String fieldMessage(WebDriver d, String field) {
        return Clerks.fieldMessage(d, "haslo", field);
    }
}
