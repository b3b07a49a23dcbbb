package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.HtmlChecker;
import pl.metryka.test.browser.Browser;

/** The statutory pages of the strona podmiotowa (Redakcja, Instrukcja, Deklaracja dostępności, ...), in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatutoryPagesBrowserIT {

    /** Each page's address with its Polish and English heading. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "redakcja", List.of("Redakcja", "Editorial office"),
            "instrukcja", List.of("Instrukcja korzystania z BIP", "How to use the bulletin"),
            "informacje-nieudostepnione",
                    List.of("Informacje nieudostępnione w BIP", "Information not published in the bulletin"),
            "ponowne-wykorzystywanie", List.of("Ponowne wykorzystywanie informacji", "Re-use of information"),
            "deklaracja-dostepnosci", List.of("Deklaracja dostępności", "Accessibility statement"),
            "ochrona-danych",
                    List.of("Ochrona danych osobowych i pliki cookie", "Personal data protection and cookies"),
            "mapa-strony", List.of("Mapa strony", "Site map"));

    /**
     * The ids of the technical conditions v2.0 of 31 July 2024 (deklaracja-dostepnosci.info/dd-opis-2):
     * the mandatory ones, a11y-data-przeglad (the demo statement was reviewed) and the optional
     * ones this bulletin always fills.
     */
    static final List<String> A11Y_IDS = List.of(
            "a11y-wstep",
            "a11y-podmiot",
            "a11y-zakres",
            "a11y-url",
            "a11y-data-publikacja",
            "a11y-data-aktualizacja",
            "a11y-status",
            "a11y-data-sporzadzenie",
            "a11y-data-przeglad",
            "a11y-audytor",
            "a11y-ocena",
            "a11y-kontakt",
            "a11y-osoba",
            "a11y-email",
            "a11y-telefon",
            "a11y-procedura",
            "a11y-architektura",
            "a11y-komunikacja",
            "a11y-aplikacje");

    @ArquillianResource
    private URL base;

    @AfterEach
    void forgetStoredTexts() {
        DirectSql.update("DELETE FROM statutory_page WHERE slug = 'ponowne-wykorzystywanie'");
    }

    @Test
    void everyPageAnswers200WithValidHtmlItsHeadingAndNoAxeViolations() throws Exception {
        Browser browser = Browser.shared();
        for (var page : PAGES.entrySet()) {
            HttpResponse<String> reply = get(page.getKey());
            assertEquals(200, reply.statusCode(), page.getKey());
            assertTrue(reply.body().contains("<h1>"), page.getKey() + " has no <h1>");
            assertEquals(List.of(), HtmlChecker.errors(reply.body()), "HTML errors on /" + page.getKey());

            browser.open(base, page.getKey() + "?lang=pl");
            WebDriver d = browser.driver();
            assertEquals(1, d.findElements(By.tagName("h1")).size(), page.getKey());
            assertEquals(page.getValue().get(0), d.findElement(By.tagName("h1")).getText(), page.getKey());
            assertTrue(d.getTitle().startsWith(page.getValue().get(0)), d.getTitle());
            assertFalse(d.getPageSource().contains("???"), page.getKey() + " shows a missing message key");
            browser.assertNoAxeViolations();
        }
    }

    @Test
    void theViewsAreReachedOnlyThroughTheirAddresses() throws Exception {
        assertEquals(403, get("citizen/statutory/redakcja.xhtml").statusCode());
        assertEquals(404, get("redakcja/cos-innego").statusCode());
    }

    @Test
    void theAccessibilityStatementHasEveryStatutoryIdOnceWithIsoDates() {
        Browser browser = Browser.shared().open(base, "deklaracja-dostepnosci?lang=pl");
        WebDriver d = browser.driver();
        for (String id : A11Y_IDS) {
            List<WebElement> found = d.findElements(By.cssSelector("[id='" + id + "']"));
            assertEquals(1, found.size(), id + " occurs " + found.size() + " times");
            assertFalse(found.get(0).getText().isBlank(), id + " is empty");
        }
        for (String id : List.of(
                "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie", "a11y-data-przeglad")) {
            WebElement time = d.findElement(By.id(id));
            assertEquals("time", time.getTagName(), id);
            String datetime = time.getDomAttribute("datetime");
            assertTrue(datetime.matches("\\d{4}-\\d{2}-\\d{2}"), id + ": " + datetime);
            LocalDate date = LocalDate.parse(datetime);
            assertEquals(datetime, time.getText(), id + " shows its date as rrrr-mm-dd");
            assertFalse(date.isAfter(LocalDate.now().plusDays(1)), id + " lies in the future: " + date);
        }
        assertEquals(
                "2015-10-08",
                d.findElement(By.id("a11y-data-publikacja")).getDomAttribute("datetime"),
                "the bulletin's first demo document was published on 8 October 2015");
        assertEquals(
                "2025-06-30",
                d.findElement(By.id("a11y-data-aktualizacja")).getDomAttribute("datetime"),
                "the last substantial update the demo body stated, not the install date");
        assertEquals("Urząd Gminy Klucze", d.findElement(By.id("a11y-podmiot")).getText());
        assertEquals("strony internetowej", d.findElement(By.id("a11y-zakres")).getText());
        assertTrue(d.findElement(By.id("a11y-status")).getText().contains("jest częściowo zgodna"));
        assertTrue(d.findElement(By.id("a11y-ocena")).getText().contains("nadmierne obciążenie"));
        assertEquals(
                "samooceny przeprowadzonej przez podmiot publiczny",
                d.findElement(By.id("a11y-audytor")).getText());
        assertEquals("Anna Wiśniewska", d.findElement(By.id("a11y-osoba")).getText(), "the coordinator, not an editor");
        assertEquals(
                "mailto:dostepnosc@gmina-klucze.pl",
                d.findElement(By.id("a11y-email")).getDomAttribute("href"));
        assertEquals("tel:+48326428530", d.findElement(By.id("a11y-telefon")).getDomAttribute("href"));
        assertTrue(d.findElement(By.id("a11y-architektura")).getText().contains("pochylnia"));
        assertTrue(d.findElement(By.id("a11y-komunikacja")).getText().contains("języka migowego"));
        String url = d.findElement(By.id("a11y-url")).getDomAttribute("href");
        assertTrue(url.startsWith("http") && url.endsWith("/"), url);
        String procedure = d.findElement(By.id("a11y-procedura")).getText();
        assertTrue(procedure.contains("7 dni"), procedure);
        assertEquals(
                1,
                d.findElements(By.cssSelector("a[href='https://bip.brpo.gov.pl/']"))
                        .size());
        assertTrue(d.findElement(By.id("a11y-aplikacje")).getText().contains("nie udostępnia aplikacji mobilnych"));
    }

    @Test
    void theFooterOfTheHomePageLeadsToTheAccessibilityStatement() {
        Browser browser = Browser.shared().open(base, "?lang=pl");
        WebDriver d = browser.driver();
        List<WebElement> links = d.findElements(By.cssSelector("footer a[href$='/deklaracja-dostepnosci']"));
        assertEquals(1, links.size());
        Clerks.click(browser, links.get(0));
        assertEquals("Deklaracja dostępności", d.findElement(By.tagName("h1")).getText());
    }

    @Test
    void redakcjaNamesTheEditorsWithPhoneFaxAndEmail() {
        Browser browser = Browser.shared().open(base, "redakcja?lang=pl");
        WebDriver d = browser.driver();
        assertTrue(d.findElement(By.cssSelector("address")).getText().contains("ul. Partyzantów 6, 32-310 Klucze"));
        List<WebElement> editors = d.findElements(By.cssSelector(".contact"));
        assertTrue(editors.size() >= 1, "no editor on the Redakcja page");
        WebElement first = editors.get(0);
        assertEquals("Rafał Jaworski", first.findElement(By.tagName("h3")).getText());
        String text = first.getText();
        assertTrue(
                text.contains("inspektor ds. informatyki i BIP") && text.contains("Telefon:") && text.contains("Faks:"),
                text);
        WebElement mail = first.findElement(By.cssSelector("a[href^='mailto:']"));
        assertEquals("mailto:" + mail.getText(), mail.getDomAttribute("href"));
        assertTrue(mail.getText().contains("@"), mail.getText());
    }

    @Test
    void instrukcjaExplainsEveryMetrykaLabelAndHowVisitsAreCounted() {
        Browser browser = Browser.shared().open(base, "instrukcja?lang=pl");
        WebDriver d = browser.driver();
        List<String> labels = d.findElements(By.cssSelector("dl.glossary dt")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                labels.containsAll(List.of(
                        "Podmiot udostępniający informację",
                        "Osoba sporządzająca dokument",
                        "Data utworzenia",
                        "Osoba wprowadzająca dokument",
                        "Data publikacji tej wersji",
                        "Data publikacji",
                        "Data publikacji w poprzednim BIP",
                        "Liczba odwiedzin")),
                labels.toString());
        String visits = sectionText(d, "odwiedziny");
        assertEquals(
                "Jak liczymy odwiedziny", d.findElement(By.id("odwiedziny")).getText());
        for (String fact : List.of(
                "GET",
                "304",
                "widok do druku",
                "PDF",
                "wersje archiwalne",
                "porównania",
                "HEAD",
                "plików cookie",
                "danych osobowych",
                "5 sekund",
                "partiami")) {
            assertTrue(visits.contains(fact), "visit counting does not mention " + fact + ": " + visits);
        }
        String all = d.findElement(By.tagName("main")).getText();
        for (String topic : List.of(
                "Menu przedmiotowe",
                "Wyszukiwanie",
                "Rejestr zmian",
                "Porównaj",
                "Drukuj",
                "Zapisz do PDF",
                "Kanały Atom",
                "Wersja angielska")) {
            assertTrue(all.contains(topic), topic);
        }
    }

    @Test
    void theSiteMapListsTheStatutoryPagesTheNestedMenuAndTheRegisters() {
        Browser browser = Browser.shared().open(base, "mapa-strony?lang=pl");
        WebDriver d = browser.driver();
        for (String slug : PAGES.keySet()) {
            assertEquals(
                    1,
                    d.findElements(By.cssSelector("[data-section='fixed'] a[href$='/" + slug + "']"))
                            .size(),
                    slug);
        }
        assertEquals(
                1,
                d.findElements(
                                By.cssSelector(
                                        "[data-section='menu'] > ul > li > ul > li > ul > li > a[href$='/kategoria/uchwaly-rady-2025']"))
                        .size(),
                "Rada Gminy > Uchwały > 2025 is nested three levels deep");
        for (String path : List.of("/rejestr-zmian", "/wycofane", "/archiwum")) {
            assertEquals(
                    1,
                    d.findElements(By.cssSelector("[data-section='registers'] a[href$='" + path + "']"))
                            .size(),
                    path);
        }
        assertEquals(
                1,
                d.findElements(By.cssSelector("[data-section='tools'] a[href$='/szukaj']"))
                        .size());
        assertEquals(
                1,
                d.findElements(By.cssSelector("[data-section='tools'] a[href$='/kanal/atom']"))
                        .size());
    }

    @Test
    void englishGivesEnglishHeadings() {
        Browser browser = Browser.shared();
        try {
            for (var page : PAGES.entrySet()) {
                browser.open(base, page.getKey() + "?lang=en");
                WebDriver d = browser.driver();
                assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"));
                assertEquals(
                        page.getValue().get(1), d.findElement(By.tagName("h1")).getText(), page.getKey());
                assertFalse(d.getPageSource().contains("???"), page.getKey() + " shows a missing English message key");
                browser.assertNoAxeViolations();
            }
            browser.open(base, "instrukcja");
            assertEquals(
                    "How visits are counted",
                    browser.driver().findElement(By.id("odwiedziny")).getText(),
                    "the choice of English is remembered");
        } finally {
            browser.open(base, "?lang=pl");
        }
    }

    @Test
    void aStoredTextIsShownBelowTheGeneratedOne() throws Exception {
        DirectSql.update(
                "INSERT INTO statutory_page (slug, title, body, updated_at, updated_by) VALUES (?, ?, ?, NOW(6), ?)",
                "ponowne-wykorzystywanie",
                "Ponowne wykorzystywanie informacji sektora publicznego",
                "<p>Dodatkowe warunki ustalone zarządzeniem wójta.</p>",
                "Marek Zieliński");
        Browser browser = Browser.shared().open(base, "ponowne-wykorzystywanie?lang=pl");
        WebDriver d = browser.driver();
        assertEquals(
                "Ponowne wykorzystywanie informacji sektora publicznego",
                d.findElement(By.tagName("h1")).getText());
        assertEquals(
                "Dodatkowe warunki ustalone zarządzeniem wójta.",
                d.findElement(By.cssSelector(".statutory__text")).getText());
        assertTrue(d.findElement(By.tagName("main")).getText().contains("/api/v1"), "the generated text stays");
        browser.assertNoAxeViolations();
        browser.open(base, "ponowne-wykorzystywanie?lang=en");
        assertEquals("Re-use of information", d.findElement(By.tagName("h1")).getText(), "the stored title is Polish");
        browser.open(base, "?lang=pl");
    }

    /** The text of a heading's section: everything from the heading up to the next heading of its level. */
    private static String sectionText(WebDriver d, String headingId) {
        WebElement heading = d.findElement(By.id(headingId));
        StringBuilder text = new StringBuilder(heading.getText());
        for (WebElement next : heading.findElements(By.xpath("following-sibling::*"))) {
            if (next.getTagName().equals(heading.getTagName())) {
                break;
            }
            text.append('\n').append(next.getText());
        }
        return text.toString();
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.anonymous(base).page(path);
    }
}
