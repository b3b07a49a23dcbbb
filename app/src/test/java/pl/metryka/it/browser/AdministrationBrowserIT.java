package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/**
 * The administration's accounts: an administrator creates, blocks and unblocks accounts and sets
 * passwords, and the login form obeys at once; passwords are shown only once, hashes never.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    @ArquillianResource
    private URL base;

    /** Every test logs in as someone; the next one starts logged out. */
    @AfterEach
    void logOut() {
        Clerks.logOutIfLoggedIn(Browser.shared(), base);
    }

    @Test
    void anAdministratorCreatesARedaktorWhoLogsInAndMustFirstChooseTheirOwnPassword() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAsAdministrator(browser, base, "panel/administracja/", "Administracja");
        browser.open(base, "panel/administracja/uzytkownicy.xhtml");
        assertEquals("Użytkownicy i role", d.findElement(By.tagName("h1")).getText());
        assertTrue(
                d.findElements(By.cssSelector("tr[data-konto='redaktor']")).size() == 1,
                "the demo accounts are listed");
        browser.assertNoAxeViolations();

        Clerks.submit(browser, By.id("nowe-konto:utworz"));
        assertTrue(
                Clerks.fieldMessage(d, "nowe-konto", "login").startsWith("Nazwa użytkownika: 3–50 znaków"),
                Clerks.fieldMessage(d, "nowe-konto", "login"));
        assertEquals("Imię i nazwisko jest wymagane.", Clerks.fieldMessage(d, "nowe-konto", "fullName"));
        assertEquals("Wybierz co najmniej jedną rolę.", Clerks.fieldMessage(d, "nowe-konto", "roles"));
        assertEquals("true", d.findElement(By.id("nowe-konto:login")).getDomAttribute("aria-invalid"));
        browser.assertNoAxeViolations();

        String username = "nowy." + UUID.randomUUID().toString().substring(0, 8);
        d.findElement(By.id("nowe-konto:login")).sendKeys(username);
        d.findElement(By.id("nowe-konto:fullName")).sendKeys("Anna Nowakowska " + username);
        d.findElement(By.id("nowe-konto:rolaRedaktor")).click();
        Clerks.submit(browser, By.id("nowe-konto:utworz"));
        String generated = d.findElement(By.id("wygenerowane-haslo")).getText();
        assertEquals(16, generated.length(), generated);
        assertEquals(
                "Redaktor",
                d.findElement(By.cssSelector("tr[data-konto='" + username + "'] td:nth-child(3)"))
                        .getText());
        assertFalse(d.getPageSource().contains("PBKDF2"), "no hash on the page");
        browser.assertNoAxeViolations();
        browser.open(base, "panel/administracja/uzytkownicy.xhtml");
        assertTrue(d.findElements(By.id("wygenerowane-haslo")).isEmpty(), "a generated password is shown once");
        assertFalse(d.getPageSource().contains(generated));
        assertTrue(
                DirectSql.string("SELECT password_hash FROM user_account WHERE username = ?", username)
                        .startsWith("PBKDF2"),
                "only the hash is stored");
        // accounts are no public information: the audit log holds the change, once; the register nothing
        assertEquals(
                0,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE subject LIKE ? OR reason LIKE ?",
                        "%" + username + "%",
                        "%" + username + "%"));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'ACCOUNT_CREATE' "
                                + "AND outcome = 'SUCCESS' AND target = ? AND detail = 'Utworzono konto; role: REDAKTOR'",
                        username));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE target = ? OR detail LIKE ?",
                        username,
                        "%" + username + "%"),
                "exactly one audit event for the creation");

        Clerks.logIn(browser, base, username, generated);
        assertTrue(
                d.getCurrentUrl().contains("/panel/haslo.xhtml"),
                "a password set by someone else is changed first: " + d.getCurrentUrl());
        assertTrue(d.findElement(By.id("haslo-wymagane")).isDisplayed());
        browser.open(base, "panel/dokumenty.xhtml");
        assertTrue(d.getCurrentUrl().contains("/panel/haslo.xhtml"), d.getCurrentUrl());
        browser.assertNoAxeViolations();
        String own = "Moje własne hasło 2026";
        Clerks.changePassword(browser, generated, own, own);
        assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Hasło zostało zmienione."));
        browser.open(base, "panel/");
        assertEquals("Pulpit", d.findElement(By.tagName("h1")).getText());
        assertEquals(List.of("Pulpit", "Dokumenty", "Nowy dokument", "Zmiana hasła"), Clerks.navigation(d));
    }

    @Test
    void aBlockedAccountCannotLogInUntilUnblocked() {
        String username = Clerks.newAccount("blokowany", "REDAKTOR");
        Browser browser = Browser.shared();
        WebDriver d = accountPageAsAdministrator(username);
        assertTrue(d.findElement(By.id("stan-konta")).getText().contains("aktywne"));
        browser.assertNoAxeViolations();
        Clerks.submit(browser, By.id("blokada:zablokuj"));
        assertTrue(
                d.findElement(By.id("stan-konta")).getText().contains("zablokowane"),
                d.findElement(By.id("stan-konta")).getText());
        assertEquals(1, d.findElements(By.id("blokada:odblokuj")).size());
        browser.assertNoAxeViolations();

        Clerks.logIn(browser, base, username, "redaktor");
        assertTrue(d.getCurrentUrl().contains("/logowanie"), "a blocked account is refused: " + d.getCurrentUrl());
        assertEquals(
                "Niepoprawna nazwa użytkownika lub hasło.",
                d.findElement(By.id("blad-logowania")).getText());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN' AND outcome = 'FAILURE' "
                                + "AND detail = 'account disabled'",
                        username));

        Clerks.logIn(browser, base, "admin", "admin");
        browser.open(base, "panel/administracja/uzytkownik.xhtml?login=" + username);
        Clerks.submit(browser, By.id("blokada:odblokuj"));
        assertTrue(d.findElement(By.id("stan-konta")).getText().contains("aktywne"));
        assertEquals(
                0, DirectSql.count("SELECT COUNT(*) FROM register_entry WHERE subject LIKE ?", "%" + username + "%"));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_DISABLE' AND target = ? "
                                + "AND detail = 'Konto zablokowane'",
                        username));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCOUNT_ENABLE' AND target = ? "
                                + "AND detail = 'Konto odblokowane'",
                        username));

        Clerks.logIn(browser, base, username, "redaktor");
        assertEquals("Pulpit", d.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aPasswordSetByTheAdministratorReplacesTheOldOneAndRolesCanBeChanged() {
        String username = Clerks.newAccount("reset", "REDAKTOR");
        Browser browser = Browser.shared();
        WebDriver d = accountPageAsAdministrator(username);
        d.findElement(By.id("haslo-konta:password")).sendKeys("krotkie");
        Clerks.submit(browser, By.id("haslo-konta:ustaw"));
        assertTrue(
                Clerks.fieldMessage(d, "haslo-konta", "password").contains("co najmniej 12 znaków"),
                Clerks.fieldMessage(d, "haslo-konta", "password"));
        browser.assertNoAxeViolations();

        String fresh = "Hasło od administratora 7";
        d.findElement(By.id("haslo-konta:password")).sendKeys(fresh);
        Clerks.submit(browser, By.id("haslo-konta:ustaw"));
        assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Ustawiono nowe hasło."));
        assertTrue(d.findElements(By.id("wygenerowane-haslo")).isEmpty(), "a typed password is never echoed");
        assertFalse(d.getPageSource().contains(fresh));

        d.findElement(By.id("konto:rolaNaczelny")).click();
        Clerks.submit(browser, By.id("konto:zapisz"));
        assertEquals(
                "REDAKTOR,REDAKTOR_NACZELNY",
                DirectSql.string(
                        "SELECT GROUP_CONCAT(role ORDER BY role) FROM user_role r "
                                + "JOIN user_account a ON a.id = r.user_id WHERE a.username = ?",
                        username));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'PASSWORD_RESET' AND target = ?",
                        username));

        Clerks.logIn(browser, base, username, "redaktor");
        assertTrue(d.getCurrentUrl().contains("/logowanie"), "the old password is refused: " + d.getCurrentUrl());
        Clerks.submitLogin(browser, base, username, fresh);
        assertTrue(d.getCurrentUrl().contains("/panel/haslo.xhtml"), d.getCurrentUrl());
    }

    /** Logged in as the administrator, on the page of the account {@code username}. */
    private WebDriver accountPageAsAdministrator(String username) {
        return Clerks.openAs(
                Browser.shared(), base, "admin", "admin", "panel/administracja/uzytkownik.xhtml?login=" + username);
    }
}
