package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/** The auditor in the back office: the filterable, paged audit log with exports, and the daily review. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditorPagesBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theAuditorFiltersTheLogAndExportsTheView() {
        String stranger = "intruz-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.anonymous(base).as(stranger, "zle").get("api/v1/audit/events");
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "audytor", "audytor");
        WebDriver d = browser.driver();
        Clerks.click(browser, d.findElement(By.linkText("Dziennik zdarzeń")));
        browser.assertNoAxeViolations();

        d.findElement(By.id("kto")).sendKeys(stranger);
        Clerks.click(browser, d.findElement(By.id("filtruj")));
        assertEquals("Liczba zdarzeń: 1", d.findElement(By.id("liczba-zdarzen")).getText());
        List<WebElement> cells = d.findElements(By.cssSelector("#zdarzenia tbody tr td"));
        assertEquals(stranger, cells.get(1).getText());
        assertEquals("LOGIN", cells.get(2).getText());
        assertEquals("niepowodzenie", cells.get(3).getText());
        String csv = d.findElement(By.id("eksport-csv")).getDomAttribute("href");
        assertTrue(csv.contains("kto=" + stranger), csv);
        browser.assertNoAxeViolations();

        long exports = DirectSql.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_EXPORT_CSV' AND detail LIKE ?",
                "%" + stranger + "%");
        Object fetched = ((JavascriptExecutor) d)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done, function (e) { done('error ' + e); });",
                        csv);
        assertTrue(fetched.toString().contains(stranger) && fetched.toString().contains("LOGIN"), fetched.toString());
        assertEquals(
                exports + 1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_EXPORT_CSV' AND detail LIKE ?",
                        "%" + stranger + "%"),
                "the export is itself audited");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void theAuditorMarksADayReviewedWithAComment() {
        LocalDate day = LocalDate.now(Moment.POLAND).minusDays(60);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        DirectSql.update(
                "INSERT INTO audit_event (at, actor, action, outcome) VALUES (?, 'system', 'TEST_OLD_EVENT', 'SUCCESS')",
                day.atTime(9, 0));
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "audytor", "audytor");
        WebDriver d = browser.driver();
        browser.open(base, "panel/");
        long unreviewed = Long.parseLong(
                d.findElement(By.cssSelector("#nieprzejrzane-dni strong")).getText());
        assertTrue(unreviewed >= 1, "the auditor's dashboard counts unreviewed working days");
        assertTrue(
                d.findElement(By.id("problemy-od-przegladu")).getText().matches(".*: \\d+"),
                d.findElement(By.id("problemy-od-przegladu")).getText());
        browser.assertNoAxeViolations();
        Clerks.click(browser, d.findElement(By.linkText("Codzienny przegląd dziennika")));
        assertTrue(days(d).contains(day.toString()), "the day is unreviewed");
        browser.assertNoAxeViolations();

        d.findElement(By.id("przeglad:komentarz")).clear();
        Clerks.click(browser, d.findElement(By.id("przeglad:oznacz")));
        assertTrue(
                d.findElement(By.id("przeglad")).getText().contains("Komentarz jest wymagany."),
                d.findElement(By.id("przeglad")).getText());
        assertEquals("true", d.findElement(By.id("przeglad:komentarz")).getDomAttribute("aria-invalid"));

        ((JavascriptExecutor) d)
                .executeScript("document.getElementById('przeglad:dzien').value = arguments[0];", day.toString());
        d.findElement(By.id("przeglad:komentarz")).sendKeys("Przejrzano: bez nieprawidłowości.");
        Clerks.click(browser, d.findElement(By.id("przeglad:oznacz")));
        assertTrue(
                d.getPageSource().contains("Dzień " + day + " oznaczono jako przejrzany."),
                d.findElement(By.tagName("main")).getText());
        assertFalse(days(d).contains(day.toString()), "the day left the unreviewed list");
        assertTrue(d.findElement(By.id("przeglady"))
                .getText()
                .contains(day + ": Przejrzano: bez nieprawidłowości. (audytor)"));
        assertEquals(
                1, DirectSql.count("SELECT COUNT(*) FROM audit_review WHERE day = ? AND reviewer = 'audytor'", day));
        browser.assertNoAxeViolations();
        browser.open(base, "panel/");
        assertEquals(
                unreviewed - 1,
                Long.parseLong(d.findElement(By.cssSelector("#nieprzejrzane-dni strong"))
                        .getText()),
                "the dashboard counts one unreviewed day less");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private static List<String> days(WebDriver d) {
        return d.findElements(By.cssSelector("#nieprzejrzane li")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
