package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import pl.metryka.domain.shared.Moment;
import pl.metryka.it.Documents;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.browser.Browser;

/**
 * Whole journeys through the back office: a REDAKTOR drafts, a REDAKTOR_NACZELNY publishes and
 * amends, a citizen sees each step; a REDAKTOR cannot publish; two clerks amending one document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeJourneyBrowserIT {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                            + "trailer<</Root 1 0 R>>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    private URL base;

    @Test
    void aRedaktorDraftsANaczelnyPublishesAndAmendsAndTheCitizenSeesEachVersion() throws IOException {
        String title = "Ogłoszenie o naborze " + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = Browser.shared();
        WebDriver d = browser.driver();

        Clerks.logIn(browser, base, "redaktor", "redaktor");
        browser.open(base, "panel/edytor.xhtml");
        browser.assertNoAxeViolations();
        fillNewDocument(d, title, "Urząd Gminy ogłasza nabór na stanowisko podinspektora.");

        Path pdf = file("regulamin-naboru.pdf", PDF);
        Path png = file("mapa.png", PNG);
        attach(browser, pdf, "");
        // issue 16: a PDF without text (this one has no pages at all) is attached, with a warning
        assertTrue(
                d.findElement(By.cssSelector("#zalaczniki .panel-warning"))
                        .getText()
                        .contains("nie da się odczytać tekstu"),
                d.findElement(By.id("zalaczniki")).getText());
        attach(browser, png, "");
        assertTrue(
                fieldMessage(d, "upload").contains("Obraz wymaga opisu alternatywnego"),
                "an image without alt text is refused: " + fieldMessage(d, "upload"));
        attach(browser, png, "Mapa dojazdu do urzędu");
        assertEquals(2, d.findElements(By.cssSelector("#zalaczniki tbody tr")).size());
        browser.assertNoAxeViolations();

        assertTrue(d.findElements(By.id("edytor:opublikuj")).isEmpty(), "a new document has no publish button yet");
        Clerks.click(browser, d.findElement(By.id("edytor:zapisz")));
        assertTrue(d.getCurrentUrl().contains("zapisano=1"), d.getCurrentUrl());
        long id = Long.parseLong(d.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("szkic", d.findElement(By.id("status")).getText());
        assertTrue(d.findElements(By.id("edytor:opublikuj")).isEmpty(), "a REDAKTOR is not offered publication");
        assertEquals(
                2, d.findElements(By.cssSelector("#zalaczniki tbody tr")).size(), "attachments kept with the draft");

        ApiClient.Reply forged = ApiClient.anonymous(base)
                .as("redaktor", "redaktor")
                .post("api/v1/documents/" + id + "/publication", "{}");
        assertEquals(403, forged.status(), forged.body());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'redaktor' AND outcome = 'REFUSED' AND target LIKE ?",
                        "%/documents/" + id + "/publication"),
                "the refused attempt is in the audit log");
        assertEquals("DRAFT", DirectSql.string("SELECT status FROM document WHERE id = ?", id));

        browser.open(base, "panel/dokumenty.xhtml?q=" + title.substring(title.length() - 8));
        assertEquals(
                1,
                d.findElements(By.cssSelector("table.panel-documents tbody tr")).size());
        browser.assertNoAxeViolations();

        Clerks.logIn(browser, base, "naczelny", "naczelny");
        browser.open(base, "panel/edytor.xhtml?id=" + id);
        Clerks.click(browser, d.findElement(By.id("edytor:opublikuj")));
        WebElement preview = d.findElement(By.id("podglad"));
        assertTrue(
                preview.getText().contains(title) && preview.getText().contains("regulamin-naboru.pdf"),
                preview.getText());
        assertEquals(
                "Powiększ zdjęcie Mapa dojazdu do urzędu",
                preview.findElement(By.cssSelector(".gallery img")).getDomAttribute("alt"));
        assertTrue(
                preview.getText().replaceAll("\\s+", " ").contains("Osoba wprowadzająca dokument: Anna Kowalczyk"),
                preview.getText());
        browser.assertNoAxeViolations();
        Clerks.click(browser, d.findElement(By.id("edytor:potwierdzPublikacje")));
        assertTrue(d.getCurrentUrl().contains("opublikowano=1"), d.getCurrentUrl());

        String slug = DirectSql.string("SELECT slug FROM document WHERE id = ?", id);
        Clerks.logOutIfLoggedIn(browser, base);
        browser.open(base, "dokument/" + slug);
        assertEquals(title, d.findElement(By.tagName("h1")).getText());
        assertEquals("Osoba sporządzająca dokument: Jan Nowak, sekretarz gminy", row(d, "author"));
        assertEquals("Osoba wprowadzająca dokument: Anna Kowalczyk", row(d, "editor"));
        assertEquals("Wersja: 1", row(d, "version"));
        assertTrue(d.findElement(By.cssSelector(".attachments")).getText().contains("regulamin-naboru.pdf"));
        assertEquals(
                "Powiększ zdjęcie Mapa dojazdu do urzędu",
                d.findElement(By.cssSelector(".gallery img")).getDomAttribute("alt"));

        Clerks.logIn(browser, base, "naczelny", "naczelny");
        browser.open(base, "panel/edytor.xhtml?id=" + id);
        typeAtEnd(d, " Termin składania dokumentów przedłużono.");
        Clerks.click(browser, d.findElement(By.id("edytor:zmien")));
        assertTrue(fieldMessage(d, "reason").contains("Powód zmiany jest wymagany."), "the reason is required");
        d.findElement(By.id("edytor:reason")).sendKeys("Przedłużenie terminu naboru");
        Clerks.click(browser, d.findElement(By.id("edytor:zmien")));
        assertTrue(d.findElement(By.id("podglad")).getText().contains("Termin składania dokumentów przedłużono."));
        browser.assertNoAxeViolations();
        Clerks.click(browser, d.findElement(By.id("edytor:potwierdzZmiane")));
        assertTrue(d.getCurrentUrl().contains("zmieniono=1"), d.getCurrentUrl());

        Clerks.logOutIfLoggedIn(browser, base);
        browser.open(base, "dokument/" + slug);
        assertEquals("Wersja: 2", row(d, "version"));
        assertTrue(d.findElement(By.cssSelector(".document__body"))
                .getText()
                .contains("Termin składania dokumentów przedłużono."));
        // the metryka is that of the version shown: its osoba wprowadzająca (issue 12)
        assertEquals("Osoba wprowadzająca dokument: Rafał Jaworski", row(d, "editor"));
        List<WebElement> history = d.findElements(By.cssSelector(".history__table tbody tr"));
        assertEquals(2, history.size());
        assertTrue(
                history.get(1).getText().contains("Przedłużenie terminu naboru"),
                history.get(1).getText());
        assertEquals(
                "Powiększ zdjęcie Mapa dojazdu do urzędu",
                d.findElement(By.cssSelector(".gallery img")).getDomAttribute("alt"),
                "the attachments carry over to version 2");
    }

    @Test
    void twoClerksAmendingOneDocumentTheSecondSeesTheConflictAndLosesNothing() {
        long id = publishedDocument(
                "Harmonogram odbioru odpadów " + UUID.randomUUID().toString().substring(0, 8));
        String second = Clerks.newAccount("naczelny2", "REDAKTOR_NACZELNY");
        try (Browser first = Browser.start();
                Browser other = Browser.start()) {
            Clerks.logIn(first, base, "naczelny", "naczelny");
            Clerks.logIn(other, base, second, "redaktor");
            first.open(base, "panel/edytor.xhtml?id=" + id);
            other.open(base, "panel/edytor.xhtml?id=" + id);

            typeAtEnd(first.driver(), " Odbiór w środy.");
            first.driver().findElement(By.id("edytor:reason")).sendKeys("Zmiana dnia odbioru");
            Clerks.click(first, first.driver().findElement(By.id("edytor:zmien")));

            String mine = " Odbiór szkła raz w miesiącu.";
            typeAtEnd(other.driver(), mine);
            other.driver().findElement(By.id("edytor:reason")).sendKeys("Dodanie odbioru szkła");
            Clerks.click(other, other.driver().findElement(By.id("edytor:zmien")));

            Clerks.click(first, first.driver().findElement(By.id("edytor:potwierdzZmiane")));
            assertTrue(first.driver().getCurrentUrl().contains("zmieniono=1"));

            Clerks.click(other, other.driver().findElement(By.id("edytor:potwierdzZmiane")));
            WebDriver d = other.driver();
            assertTrue(
                    d.findElement(By.id("komunikaty")).getText().contains("ktoś zmienił dokument w międzyczasie"),
                    d.findElement(By.id("komunikaty")).getText());
            assertTrue(d.findElement(By.id("edytor:konflikt")).getText().contains("Konflikt zmian"));
            List<String> inserted = d.findElements(By.cssSelector("#roznice ins")).stream()
                    .map(WebElement::getText)
                    .toList();
            List<String> deleted = d.findElements(By.cssSelector("#roznice del")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(inserted.stream().anyMatch(t -> t.contains("szkła")), "my text in the diff: " + inserted);
            assertTrue(deleted.stream().anyMatch(t -> t.contains("środy")), "their text in the diff: " + deleted);
            assertTrue(
                    d.findElement(By.cssSelector(".ql-editor")).getText().contains("Odbiór szkła raz w miesiącu."),
                    "nothing typed is lost");
            assertEquals(
                    "Dodanie odbioru szkła",
                    d.findElement(By.id("edytor:reason")).getDomProperty("value"));
            other.assertNoAxeViolations();
            assertEquals(
                    2,
                    DirectSql.count("SELECT COUNT(*) FROM revision WHERE document_id = ?", id),
                    "the second amendment was refused");

            Clerks.click(other, d.findElement(By.id("edytor:zmien")));
            Clerks.click(other, d.findElement(By.id("edytor:potwierdzZmiane")));
            assertTrue(
                    d.getCurrentUrl().contains("zmieniono=1"),
                    "after looking at the diff the clerk publishes on top of version 2");
            assertEquals(3, DirectSql.count("SELECT COUNT(*) FROM revision WHERE document_id = ?", id));
        }
    }

    @Test
    void aRedaktorProposesAnAmendmentAndANaczelnyPublishesIt() {
        long id = publishedDocument(
                "Godziny pracy biblioteki " + UUID.randomUUID().toString().substring(0, 8));
        Browser browser = Browser.shared();
        WebDriver d = browser.driver();
        Clerks.logIn(browser, base, "redaktor", "redaktor");
        browser.open(base, "panel/edytor.xhtml?id=" + id);
        assertTrue(d.findElements(By.id("edytor:zmien")).isEmpty(), "a REDAKTOR cannot publish an amendment");
        assertTrue(d.findElements(By.id("wycofanie")).isEmpty()
                && d.findElements(By.id("edytor:wycofaj")).isEmpty());
        typeAtEnd(d, " W soboty biblioteka jest nieczynna.");
        d.findElement(By.id("edytor:reason")).sendKeys("Soboty");
        Clerks.click(browser, d.findElement(By.id("edytor:zaproponuj")));
        assertTrue(d.getCurrentUrl().contains("zaproponowano=1"), d.getCurrentUrl());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM amendment_proposal WHERE document_id = ? AND status = 'OPEN'", id));
        assertEquals(
                1,
                DirectSql.count("SELECT COUNT(*) FROM revision WHERE document_id = ?", id),
                "nothing public changed");

        Clerks.logIn(browser, base, "naczelny", "naczelny");
        browser.open(base, "panel/");
        assertTrue(d.findElement(By.id("propozycje")).getText().contains("Godziny pracy biblioteki"));
        browser.open(base, "panel/edytor.xhtml?id=" + id);
        Clerks.click(browser, d.findElement(By.cssSelector("[id$=':wczytaj']")));
        assertTrue(
                d.findElement(By.cssSelector(".ql-editor")).getText().contains("W soboty biblioteka jest nieczynna."));
        Clerks.click(browser, d.findElement(By.id("edytor:zmien")));
        Clerks.click(browser, d.findElement(By.id("edytor:potwierdzZmiane")));
        assertTrue(d.getCurrentUrl().contains("zmieniono=1"), d.getCurrentUrl());
        assertEquals("PUBLISHED", DirectSql.string("SELECT status FROM amendment_proposal WHERE document_id = ?", id));
        assertEquals(
                "Soboty", DirectSql.string("SELECT reason FROM revision WHERE document_id = ? AND number = 2", id));
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void twoClerksSavingOneDraftTheSecondSeesTheConflictAndKeepsTheirText() {
        String title =
                "Projekt uchwały budżetowej " + UUID.randomUUID().toString().substring(0, 8);
        String second = Clerks.newAccount("redaktor2", "REDAKTOR");
        try (Browser first = Browser.start();
                Browser other = Browser.start()) {
            Clerks.logIn(first, base, "redaktor", "redaktor");
            first.open(base, "panel/edytor.xhtml");
            fillNewDocument(first.driver(), title, "Projekt budżetu na rok 2027.");
            Clerks.click(first, first.driver().findElement(By.id("edytor:zapisz")));
            long id = Long.parseLong(first.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            Clerks.logIn(other, base, second, "redaktor");
            other.open(base, "panel/edytor.xhtml?id=" + id);
            typeAtEnd(first.driver(), " Dochody: 10 mln zł.");
            Clerks.click(first, first.driver().findElement(By.id("edytor:zapisz")));
            typeAtEnd(other.driver(), " Wydatki: 11 mln zł.");
            Clerks.click(other, other.driver().findElement(By.id("edytor:zapisz")));

            WebDriver d = other.driver();
            assertTrue(
                    d.findElement(By.id("komunikaty")).getText().contains("Ktoś zapisał ten szkic w międzyczasie"),
                    d.findElement(By.id("komunikaty")).getText());
            assertTrue(d.findElements(By.cssSelector("#roznice del")).stream()
                    .anyMatch(e -> e.getText().contains("Dochody")));
            assertTrue(
                    d.findElement(By.cssSelector(".ql-editor")).getText().contains("Wydatki: 11 mln zł."),
                    "nothing typed is lost");
            assertTrue(
                    DirectSql.string("SELECT body FROM revision WHERE document_id = ?", id)
                            .contains("Dochody"),
                    "the first clerk's save stands");
            Clerks.click(other, other.driver().findElement(By.id("edytor:zapisz")));
            assertTrue(
                    DirectSql.string("SELECT body FROM revision WHERE document_id = ?", id)
                            .contains("Wydatki"),
                    "after seeing the diff the second clerk saves on top");
        }
    }

    @Test
    void aNaczelnySchedulesOneDocumentAndWithdrawsAnotherAfterConfirming() {
        Browser browser = Browser.shared();
        WebDriver d = browser.driver();
        Clerks.logIn(browser, base, "naczelny", "naczelny");
        browser.open(base, "panel/edytor.xhtml");
        fillNewDocument(
                d,
                "Zawiadomienie o sesji " + UUID.randomUUID().toString().substring(0, 8),
                "Sesja rady gminy odbędzie się w grudniu.");
        Clerks.click(browser, d.findElement(By.id("edytor:zapisz")));
        long scheduled = Long.parseLong(d.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String at = LocalDateTime.now(Moment.POLAND)
                .plusDays(3)
                .withSecond(0)
                .withNano(0)
                .toString();
        ((JavascriptExecutor) d)
                .executeScript("arguments[0].value = arguments[1]", d.findElement(By.id("edytor:scheduleAt")), at);
        Clerks.click(browser, d.findElement(By.id("edytor:opublikuj")));
        Clerks.click(browser, d.findElement(By.id("edytor:potwierdzPublikacje")));
        assertTrue(d.getCurrentUrl().contains("zaplanowano=1"), d.getCurrentUrl());
        assertEquals("SCHEDULED", DirectSql.string("SELECT status FROM document WHERE id = ?", scheduled));

        long published = publishedDocument(
                "Przetarg na dowóz uczniów " + UUID.randomUUID().toString().substring(0, 8));
        browser.open(base, "panel/edytor.xhtml?id=" + published);
        Clerks.click(browser, d.findElement(By.id("edytor:wycofaj")));
        assertTrue(d.getPageSource().contains("Powód wycofania jest wymagany."), "reason and legal basis are required");
        d.findElement(By.id("edytor:withdrawReason")).sendKeys("Unieważnienie postępowania");
        d.findElement(By.id("edytor:withdrawBasis")).sendKeys("art. 255 pkt 1 Pzp");
        Clerks.click(browser, d.findElement(By.id("edytor:wycofaj")));
        Clerks.click(browser, d.findElement(By.id("edytor:potwierdzWycofanie")));
        assertTrue(d.getCurrentUrl().contains("wycofano=1"), d.getCurrentUrl());
        Clerks.logOutIfLoggedIn(browser, base);
        browser.open(base, "dokument/" + DirectSql.string("SELECT slug FROM document WHERE id = ?", published));
        String tombstone = d.findElement(By.cssSelector(".tombstone")).getText();
        assertTrue(
                tombstone.contains("Unieważnienie postępowania") && tombstone.contains("art. 255 pkt 1 Pzp"),
                tombstone);
    }

    private long publishedDocument(String title) {
        return Documents.publishedId(ApiClient.anonymous(base), title, "<p>Odpady odbieramy we wtorki.</p>");
    }

    /**
     * The editor's refusals come from the domain as message keys, so with {@code ?lang=en} they are
     * English like the rest of the page (they used to stay Polish).
     */
    @Test
    void anEditorRefusalIsShownInTheReadersLanguage() {
        Browser browser = Browser.shared();
        WebDriver d = browser.driver();
        Clerks.logIn(browser, base, "redaktor", "redaktor");
        try {
            browser.open(base, "panel/edytor.xhtml?lang=en");
            Clerks.click(browser, d.findElement(By.id("edytor:zapisz")));
            assertEquals("A title is required.", fieldMessage(d, "title"));
            assertEquals("The person who drew up the document is required.", fieldMessage(d, "author"));
            browser.open(base, "panel/edytor.xhtml?lang=pl");
            Clerks.click(browser, d.findElement(By.id("edytor:zapisz")));
            assertEquals("Tytuł jest wymagany.", fieldMessage(d, "title"));
        } finally {
            browser.open(base, "panel/edytor.xhtml?lang=pl");
            Clerks.logOutIfLoggedIn(browser, base);
        }
    }

    private static void fillNewDocument(WebDriver d, String title, String text) {
        d.findElement(By.id("edytor:title")).sendKeys(title);
        new Select(d.findElement(By.id("edytor:category"))).selectByVisibleText("Aktualności");
        d.findElement(By.id("edytor:author")).sendKeys("Jan Nowak");
        d.findElement(By.id("edytor:authorPosition")).sendKeys("sekretarz gminy");
        ((JavascriptExecutor) d)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        d.findElement(By.id("edytor:createdOn")),
                        LocalDate.now().minusDays(2).toString());
        WebElement body = d.findElement(By.cssSelector(".ql-editor"));
        body.click();
        body.sendKeys(text);
    }

    private static void typeAtEnd(WebDriver d, String text) {
        WebElement body = d.findElement(By.cssSelector(".ql-editor"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        body.sendKeys(text);
    }

    private static void attach(Browser browser, Path file, String description) {
        WebDriver d = browser.driver();
        d.findElement(By.id("edytor:upload")).sendKeys(file.toAbsolutePath().toString());
        WebElement alt = d.findElement(By.id("edytor:uploadDescription"));
        alt.clear();
        alt.sendKeys(description);
        Clerks.click(browser, d.findElement(By.id("edytor:dodajPlik")));
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(
                Path.of(System.getProperty("metryka.test.work.dir", "target/test-work"), "uploads"));
        return Files.write(dir.resolve(name), content);
    }

    private static String fieldMessage(WebDriver d, String field) {
        List<WebElement> messages = d.findElements(By.cssSelector(
                "[id='edytor:" + field + "'] ~ .ui-message, [id='edytor:" + field + "'] ~ * .ui-message"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    private static String row(WebDriver d, String field) {
        return d.findElement(By.cssSelector("[data-field='" + field + "']"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }
}
