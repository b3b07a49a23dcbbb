package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import pl.metryka.application.WorkingDays;
import pl.metryka.domain.shared.Moment;
import pl.metryka.infrastructure.calendar.JollydayWorkingDays;
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
        assertTrue(
                cells.get(2).getText().startsWith("Logowanie"),
                "the action in Polish: " + cells.get(2).getText());
        assertTrue(cells.get(2).getText().contains("LOGIN"), "the code kept beside it for the filter");
        assertNoSidewaysScrollAt1366(browser);
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
    void theAuditorMarksARangeOfDaysReviewedWithAComment() {
        LocalDate day = LocalDate.now(Moment.POLAND).minusDays(60);
        while (!CALENDAR.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        LocalDate from = day.minusDays(6);
        List<String> range = from.datesUntil(day.plusDays(1))
                .filter(CALENDAR::isWorkingDay)
                .map(LocalDate::toString)
                .toList();
        DirectSql.update(
                "INSERT INTO audit_event (at, actor, action, outcome) VALUES (?, 'system', 'TEST_OLD_EVENT', 'SUCCESS')",
                from.atTime(9, 0));
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
        assertEquals(
                days(d).stream().sorted(java.util.Comparator.reverseOrder()).toList(), days(d), "newest first");
        assertEquals(
                days(d).get(0), d.findElement(By.id("przeglad:od")).getDomProperty("value"), "the newest by default");
        browser.assertNoAxeViolations();

        d.findElement(By.id("przeglad:komentarz")).clear();
        Clerks.click(browser, d.findElement(By.id("przeglad:oznacz")));
        assertTrue(
                d.findElement(By.id("przeglad")).getText().contains("Komentarz jest wymagany."),
                d.findElement(By.id("przeglad")).getText());
        assertEquals("true", d.findElement(By.id("przeglad:komentarz")).getDomAttribute("aria-invalid"));

        setDate(d, "przeglad:od", day.toString());
        setDate(d, "przeglad:do", from.toString());
        d.findElement(By.id("przeglad:komentarz")).sendKeys("Przejrzano: bez nieprawidłowości.");
        Clerks.click(browser, d.findElement(By.id("przeglad:oznacz")));
        assertTrue(
                d.findElement(By.id("przeglad"))
                        .getText()
                        .contains("Pole „Do dnia”: dzień końcowy nie może być wcześniejszy"),
                d.findElement(By.id("przeglad")).getText());
        assertEquals("true", d.findElement(By.id("przeglad:do")).getDomAttribute("aria-invalid"));
        browser.assertNoAxeViolations();

        setDate(d, "przeglad:od", from.toString());
        setDate(d, "przeglad:do", day.toString());
        d.findElement(By.id("przeglad:komentarz")).clear();
        d.findElement(By.id("przeglad:komentarz")).sendKeys("Przejrzano: bez nieprawidłowości.");
        Clerks.click(browser, d.findElement(By.id("przeglad:oznacz")));
        String done = d.findElement(By.id("przejrzano")).getText();
        assertTrue(done.contains(range.size() + ": " + range.get(0) + " – " + day), done);
        for (String reviewed : range) {
            assertFalse(days(d).contains(reviewed), reviewed + " left the unreviewed list");
            assertTrue(d.findElement(By.id("przeglady"))
                    .getText()
                    .contains(reviewed + ": Przejrzano: bez nieprawidłowości. (audytor)"));
            assertEquals(
                    1,
                    DirectSql.count(
                            "SELECT COUNT(*) FROM audit_review WHERE day = ? AND reviewer = 'audytor'",
                            LocalDate.parse(reviewed)));
        }
        browser.assertNoAxeViolations();
        assertNoSidewaysScrollAt1366(browser);
        browser.open(base, "panel/");
        assertEquals(
                unreviewed - range.size(),
                Long.parseLong(d.findElement(By.cssSelector("#nieprzejrzane-dni strong"))
                        .getText()),
                "the dashboard counts the range's days less");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private static final WorkingDays CALENDAR = new JollydayWorkingDays();

    private static void setDate(WebDriver d, String id, String value) {
        ((JavascriptExecutor) d)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The audit tables fit a 1366 px laptop screen: the page never scrolls sideways there. */
    private static void assertNoSidewaysScrollAt1366(Browser browser) {
        WebDriver d = browser.driver();
        org.openqa.selenium.Dimension saved = d.manage().window().getSize();
        try {
            d.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            Object widths = ((JavascriptExecutor) d)
                    .executeScript(
                            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            List<?> w = (List<?>) widths;
            assertTrue(
                    ((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(),
                    d.getCurrentUrl() + " scrolls sideways at 1366 px: " + w);
        } finally {
            d.manage().window().setSize(saved);
        }
    }

    private static List<String> days(WebDriver d) {
        return d.findElements(By.cssSelector("#nieprzejrzane li")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
