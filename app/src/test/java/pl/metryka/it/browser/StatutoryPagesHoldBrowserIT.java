package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.PublicPages;
import pl.metryka.test.browser.Browser;

/**
 * Statutory pages that hold an inspection (issue 16): the deklaracja dostępności with every id of
 * the v2.0 conditions and the status the administrator chose, the privacy page and „Logowanie” in
 * every footer, the ePUAP and e-Doręczenia addresses, the § 11 minimum of editors, the BIP logo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatutoryPagesHoldBrowserIT {

    /** The tests' shared client (it never follows redirects), for the requests that need a header of their own. */
    private static final HttpClient NO_REDIRECTS = ApiClient.http();

    /** One page of every public type: home, category, document, version, search, statutory, registers. */
    private static final List<String> PUBLIC_PAGES = Stream.concat(
                    Stream.of(
                            "",
                            "kategoria/gmina",
                            "dokument/godziny-pracy-urzedu",
                            "dokument/godziny-pracy-urzedu/wersja/1",
                            "szukaj?q=gmina"),
                    PublicPages.FIXED.stream())
            .toList();

    @ArquillianResource
    private URL base;

    @Test
    void theStatementCarriesEveryIdWithTheStatusTheAdministratorChose() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAsAdministrator(
                browser, base, "panel/administracja/deklaracja.xhtml", "Deklaracja dostępności");
        String statusBefore = new Select(d.findElement(By.id("deklaracja:status")))
                .getFirstSelectedOption()
                .getDomAttribute("value");
        String listBefore = d.findElement(By.id("deklaracja:inaccessible")).getDomProperty("value");
        assertEquals("CZESCIOWO_ZGODNA", statusBefore, "the demo statement");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try {
            new Select(d.findElement(By.id("deklaracja:status"))).selectByValue("NIEZGODNA");
            d.findElement(By.id("deklaracja:inaccessible")).clear();
            replace(d, "deklaracja:coordinatorEmail", "koordynator");
            Clerks.submit(browser, By.id("deklaracja:zapisz"));
            assertEquals(
                    "Treści niedostępne i przyczyny: wymagane, gdy strona nie jest w pełni zgodna – podaj każdą"
                            + " niedostępną treść i powód.",
                    Clerks.fieldMessage(d, "deklaracja", "inaccessible"));
            assertEquals(
                    "E-mail koordynatora do spraw dostępności: podaj adres w postaci nazwa@domena.pl.",
                    Clerks.fieldMessage(d, "deklaracja", "coordinatorEmail"));
            browser.assertNoAxeViolations();
            browser.open(base, "deklaracja-dostepnosci?lang=pl");
            assertTrue(d.findElement(By.id("a11y-status")).getText().contains("częściowo zgodna"), "nothing stored");

            browser.open(base, "panel/administracja/deklaracja.xhtml");
            new Select(d.findElement(By.id("deklaracja:status"))).selectByValue("NIEZGODNA");
            replace(
                    d,
                    "deklaracja:inaccessible",
                    "Mapa dojazdu " + tag + " nie ma opisu tekstowego.\nFilmy bez napisów.");
            replace(d, "deklaracja:coordinatorEmail", "dostepnosc@gmina-klucze.pl");
            Clerks.submit(browser, By.id("deklaracja:zapisz"));
            assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Zapisano deklarację dostępności"));

            browser.open(base, "deklaracja-dostepnosci?lang=pl");
            for (String id : StatutoryPagesBrowserIT.A11Y_IDS) {
                List<WebElement> found = d.findElements(By.cssSelector("[id='" + id + "']"));
                assertEquals(1, found.size(), id + " occurs " + found.size() + " times");
                assertFalse(found.get(0).getText().isBlank(), id + " is empty");
            }
            WebElement status = d.findElement(By.id("a11y-status"));
            assertEquals("NIEZGODNA", status.getDomAttribute("data-status"));
            assertTrue(status.getText().startsWith("Strona internetowa jest niezgodna z ustawą"), status.getText());
            List<String> items = d.findElements(By.cssSelector(".statutory__inaccessible li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(List.of("Mapa dojazdu " + tag + " nie ma opisu tekstowego.", "Filmy bez napisów."), items);
            browser.assertNoAxeViolations();
            browser.open(base, "deklaracja-dostepnosci?lang=en");
            assertTrue(d.findElement(By.id("a11y-status")).getText().startsWith("This website is not compliant"));
            browser.assertNoAxeViolations();
            browser.open(base, "?lang=pl");
            assertEquals(
                    1,
                    DirectSql.count("SELECT COUNT(*) FROM register_entry WHERE action = 'SETTINGS_CHANGED'"
                            + " AND subject = 'Deklaracja dostępności (/deklaracja-dostepnosci)'"
                            + " AND reason LIKE '%status: niezgodna' AND seq = (SELECT MAX(seq) FROM register_entry)"));
            assertTrue(
                    DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESSIBILITY_STATEMENT_CHANGE'"
                                    + " AND detail = 'status: NIEZGODNA'")
                            >= 1);
        } finally {
            // back to the demo statement, through the service, so cached pages follow
            browser.open(base, "panel/administracja/deklaracja.xhtml");
            new Select(d.findElement(By.id("deklaracja:status"))).selectByValue(statusBefore);
            replace(d, "deklaracja:inaccessible", listBefore);
            replace(d, "deklaracja:coordinatorEmail", "dostepnosc@gmina-klucze.pl");
            Clerks.submit(browser, By.id("deklaracja:zapisz"));
            Clerks.logOutIfLoggedIn(browser, base);
        }
    }

    @Test
    void everyPublicPageHasThePrivacyAndLoginLinksInItsFooterAndTheStatementMetaTag() throws Exception {
        for (String page : PUBLIC_PAGES) {
            HttpResponse<String> reply = get(page);
            assertEquals(200, reply.statusCode(), page);
            String html = reply.body();
            String footer = html.substring(html.indexOf("<footer"), html.indexOf("</footer>"));
            assertTrue(
                    footer.matches("(?s).*href=\"[^\"]*/ochrona-danych\".*"),
                    "no privacy link in the footer of /" + page);
            assertTrue(
                    footer.matches("(?s).*href=\"[^\"]*/logowanie\".*"), "no Logowanie link in the footer of /" + page);
            assertTrue(footer.contains(">Logowanie<"), page);
            String head = html.substring(0, html.indexOf("</head>"));
            Matcher meta = Pattern.compile("<meta name=\"deklaracja-dostępności\" content=\"([^\"]+)\"")
                    .matcher(head);
            assertTrue(meta.find(), "no deklaracja-dostępności meta tag on /" + page);
            assertTrue(meta.group(1).matches("https?://.+/deklaracja-dostepnosci"), meta.group(1));
        }
        for (String lang : List.of("pl", "en")) {
            HttpResponse<String> reply = get("ochrona-danych?lang=" + lang);
            assertEquals(200, reply.statusCode(), lang);
            assertTrue(
                    reply.body()
                            .contains(
                                    lang.equals("pl")
                                            ? "<h1>Ochrona danych osobowych i pliki cookie</h1>"
                                            : "<h1>Personal data protection and cookies</h1>"),
                    lang);
        }
        for (String path : List.of("login", "admin")) {
            HttpResponse<String> reply = get(path);
            assertTrue(reply.statusCode() >= 301 && reply.statusCode() <= 308, path + ": " + reply.statusCode());
            assertTrue(reply.headers().firstValue("Location").orElse("").endsWith("/logowanie"), path);
        }
    }

    @Test
    void thePrivacyPageSaysWhoProcessesWhatAndThatReadersNeedNoCookies() {
        Browser browser = Browser.shared().open(base, "ochrona-danych?lang=pl");
        WebDriver d = browser.driver();
        String text = d.findElement(By.tagName("main")).getText();
        for (String fact : List.of(
                "Administratorem danych osobowych jest Urząd Gminy Klucze",
                "Inspektor ochrony danych",
                "art. 6 ust. 1 lit. c RODO",
                "Prezesa Urzędu Ochrony Danych Osobowych",
                "Czytelnicy Biuletynu nie potrzebują żadnych plików cookie",
                "jednego pliku cookie sesji")) {
            assertTrue(text.contains(fact), fact);
        }
        browser.assertNoAxeViolations();
        browser.open(base, "mapa-strony?lang=pl");
        assertEquals(
                1,
                d.findElements(By.cssSelector("[data-section='fixed'] a[href$='/ochrona-danych']"))
                        .size());
    }

    @Test
    void theEpuapAndElectronicDeliveryAddressesAreShownAndTheAdeFormIsChecked() {
        Browser browser = Browser.shared().open(base, "redakcja?lang=pl");
        WebDriver d = browser.driver();
        assertEquals(
                "/UGKlucze/SkrytkaESP",
                d.findElement(By.cssSelector("main .epuap")).getText());
        assertEquals(
                "AE:PL-12345-67890-ABCDE-12",
                d.findElement(By.cssSelector("main .ade")).getText());
        String footer = d.findElement(By.tagName("footer")).getText();
        assertTrue(footer.contains("Skrytka ePUAP: /UGKlucze/SkrytkaESP"), footer);
        assertTrue(footer.contains("Adres do doręczeń elektronicznych: AE:PL-12345-67890-ABCDE-12"), footer);

        Clerks.openAs(browser, base, "admin", "admin", "panel/administracja/podmiot.xhtml");
        try {
            replace(d, "podmiot:ade", "AE:PL-123");
            Clerks.submit(browser, By.id("podmiot:zapisz"));
            assertEquals(
                    "Adres do doręczeń elektronicznych ma postać AE:PL-XXXXX-XXXXX-XXXXX-XX (litery i cyfry), np."
                            + " AE:PL-12345-67890-ABCDE-12.",
                    Clerks.fieldMessage(d, "podmiot", "ade"));
            browser.assertNoAxeViolations();
            replace(d, "podmiot:ade", "ae:pl-54321-09876-zyxwv-98");
            Clerks.submit(browser, By.id("podmiot:zapisz"));
            assertEquals("AE:PL-54321-09876-ZYXWV-98", DirectSql.string("SELECT ade FROM podmiot"));
            browser.open(base, "?lang=pl");
            assertEquals(
                    "AE:PL-54321-09876-ZYXWV-98",
                    d.findElement(By.cssSelector("footer .ade")).getText());
            assertTrue(DirectSql.count("SELECT COUNT(*) FROM register_entry WHERE subject = 'Dane podmiotu'"
                            + " AND reason LIKE '%e-Doręczenia%'")
                    >= 1);
        } finally {
            browser.open(base, "panel/administracja/podmiot.xhtml");
            replace(d, "podmiot:ade", "AE:PL-12345-67890-ABCDE-12");
            Clerks.submit(browser, By.id("podmiot:zapisz"));
            Clerks.logOutIfLoggedIn(browser, base);
        }
    }

    @Test
    void theLastEditorWithNamePhoneAndEmailCannotBeLostParagraph11() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, "admin", "admin", "panel/administracja/podmiot.xhtml");
        String nowakPhone = DirectSql.string("SELECT phone FROM editor_contact WHERE full_name = 'Katarzyna Nowak'");
        try {
            editorButton(browser, "Katarzyna Nowak", "Zmień");
            d.findElement(By.id("osoba:phone")).clear();
            Clerks.submit(browser, By.id("osoba:zapisz-osobe"));
            assertEquals(
                    null,
                    DirectSql.string("SELECT phone FROM editor_contact WHERE full_name = 'Katarzyna Nowak'"),
                    "another editor still has a name, phone and e-mail");

            editorButton(browser, "Rafał Jaworski", "Usuń");
            String messages = d.findElement(By.id("komunikaty")).getText();
            assertTrue(
                    messages.contains("Osoby redagujące: nie można usunąć osoby Rafał Jaworski")
                            && messages.contains("§ 11"),
                    messages);
            assertEquals(
                    1,
                    d.findElements(By.cssSelector("tr[data-osoba='Rafał Jaworski']"))
                            .size());

            editorButton(browser, "Rafał Jaworski", "Zmień");
            d.findElement(By.id("osoba:email")).clear();
            Clerks.submit(browser, By.id("osoba:zapisz-osobe"));
            assertTrue(
                    Clerks.fieldMessage(d, "osoba", "email")
                            .startsWith("Osoby redagujące: co najmniej jedna osoba musi mieć podane imię i nazwisko,"
                                    + " telefon i e-mail (§ 11 rozporządzenia w sprawie BIP)"),
                    Clerks.fieldMessage(d, "osoba", "email"));
            assertEquals(
                    "bip@gmina-klucze.pl",
                    DirectSql.string("SELECT email FROM editor_contact WHERE full_name = 'Rafał Jaworski'"));
            browser.assertNoAxeViolations();

            DirectSql.update("UPDATE editor_contact SET phone = NULL WHERE full_name = 'Rafał Jaworski'");
            browser.open(base, "panel/administracja/podmiot.xhtml");
            Clerks.submit(browser, By.id("podmiot:zapisz"));
            assertTrue(
                    d.findElement(By.id("komunikaty")).getText().contains("co najmniej jedna osoba musi mieć"),
                    "the podmiot's settings are not saved while no editor meets § 11");
        } finally {
            DirectSql.update("UPDATE editor_contact SET phone = '32 642 85 24' WHERE full_name = 'Rafał Jaworski'");
            DirectSql.update("UPDATE editor_contact SET phone = ? WHERE full_name = 'Katarzyna Nowak'", nowakPhone);
            Clerks.logOutIfLoggedIn(browser, base);
        }
    }

    @Test
    void theAdministratorUploadsTheOfficialLogoServedWithALongCacheAndAnEtag() throws Exception {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAsAdministrator(browser, base, "panel/administracja/logo.xhtml", "Logo BIP");
        Path dir = Files.createTempDirectory(Path.of("target"), "logo");
        Path svg = dir.resolve("logo-ze-skryptem.svg");
        Files.writeString(
                svg,
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><script>alert(1)</script></svg>",
                StandardCharsets.UTF_8);
        Path png = dir.resolve("logo-bip.png");
        Files.write(png, png());
        try {
            d.findElement(By.id("logo-form:logo")).sendKeys(svg.toAbsolutePath().toString());
            Clerks.submit(browser, By.id("logo-form:wyslij"));
            assertEquals(
                    "Plik logo: plik SVG zawiera skrypt lub element aktywny (script) – takiego pliku nie przyjmujemy.",
                    Clerks.fieldMessage(d, "logo-form", "logo"),
                    d.getCurrentUrl() + "\n" + d.findElement(By.tagName("body")).getText());
            assertEquals(0, DirectSql.count("SELECT COUNT(*) FROM bip_logo"));

            d.findElement(By.id("logo-form:logo")).sendKeys(png.toAbsolutePath().toString());
            Clerks.submit(browser, By.id("logo-form:wyslij"));
            String sha = DirectSql.string("SELECT sha256 FROM bip_logo");
            assertEquals(64, sha.length());
            browser.open(base, "?lang=pl");
            WebElement img = d.findElement(By.cssSelector("header a.bip-logo img"));
            assertTrue(img.getDomAttribute("src").endsWith("/logo-bip?v=" + sha), img.getDomAttribute("src"));
            assertEquals(
                    "https://www.gov.pl/web/bip",
                    d.findElement(By.cssSelector("header a.bip-logo")).getDomAttribute("href"));
            browser.assertNoAxeViolations();

            HttpResponse<byte[]> logo = ApiClient.anonymous(base).download("logo-bip?v=" + sha);
            assertEquals(200, logo.statusCode());
            assertEquals(
                    "image/png",
                    logo.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertTrue(logo.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
            assertEquals("\"" + sha + "\"", logo.headers().firstValue("ETag").orElse(""));
            HttpResponse<byte[]> again = NO_REDIRECTS.send(
                    HttpRequest.newBuilder(ApiClient.anonymous(base).uri("logo-bip?v=" + sha))
                            .header("If-None-Match", "\"" + sha + "\"")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode());
            assertEquals(
                    1,
                    DirectSql.count(
                            "SELECT COUNT(*) FROM register_entry WHERE subject = 'Logo BIP' AND content_hash = ?",
                            sha));
            assertTrue(DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE action = 'BIP_LOGO_UPLOAD'") >= 1);
        } finally {
            browser.open(base, "panel/administracja/logo.xhtml");
            if (!d.findElements(By.id("przywroc-form:przywroc")).isEmpty()) {
                Clerks.submit(browser, By.id("przywroc-form:przywroc"));
            }
            Clerks.logOutIfLoggedIn(browser, base);
        }
        browser.open(base, "?lang=pl");
        assertTrue(d.findElement(By.cssSelector("header a.bip-logo img"))
                .getDomAttribute("src")
                .contains("bip-logo.svg"));
        assertEquals(404, get("logo-bip").statusCode());
    }

    /** A small real PNG, drawn here: the logo file an administrator would upload. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(96, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void editorButton(Browser browser, String name, String label) {
        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-osoba='" + name + "']"));
        Clerks.submit(browser, row.findElement(By.cssSelector("input[value='" + label + "']")));
    }

    private static void replace(WebDriver d, String id, String value) {
        WebElement field = d.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.anonymous(base).page(path);
    }
}
