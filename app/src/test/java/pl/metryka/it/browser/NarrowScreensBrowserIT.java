package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import pl.metryka.it.Documents;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.PublicPages;
import pl.metryka.test.browser.Browser;

/**
 * WCAG 1.4.10 (reflow): at 390 and 320 CSS px no public or back-office page may scroll sideways.
 * Every page type is visited in Chromium at both widths, as a citizen and as each back-office
 * role; a failure names the page and the elements that stick out furthest. The audit log, the
 * widest back-office table, must also fit a 1366 px desktop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NarrowScreensBrowserIT {

    private static final int[] PHONE_WIDTHS = {390, 320};

    @ArquillianResource
    private URL base;

    @Test
    void noPublicPageScrollsSidewaysOnAPhone() {
        JsonObject doc = amendedDocumentWithAttachment();
        String slug = doc.getString("slug");
        List<String> pages = new ArrayList<>(List.of(
                "",
                "kategoria/aktualnosci",
                "dokument/kluczewski-klaster",
                "dokument/" + slug,
                "dokument/" + slug + "/wersja/1",
                "dokument/" + slug + "/porownaj?od=1&do=2",
                "dokument/" + slug + "/drukuj",
                "dokument/" + slug + "/weryfikacja",
                "dokument/" + withdrawnDocument(),
                "szukaj?q=klaster"));
        pages.addAll(PublicPages.FIXED);
        pages.addAll(List.of(
                "logowanie",
                "nie-ma-takiej-strony",
                "error/403.html",
                "error/500.html",
                "error/503.html",
                "error/sesja-wygasla.html"));
        Browser browser = Browser.shared();
        Clerks.logOutIfLoggedIn(browser, base);
        List<String> failures = new ArrayList<>();
        for (int width : PHONE_WIDTHS) {
            try (Viewport viewport = Viewport.of(browser, width, 800)) {
                for (String page : pages) {
                    browser.open(base, page);
                    viewport.overflow(page).ifPresent(failures::add);
                }
            }
        }
        assertTrue(failures.isEmpty(), "pages wider than the phone:\n" + String.join("\n", failures));
    }

    @Test
    void noBackOfficePageScrollsSidewaysOnAPhone() {
        long documentId = amendedDocumentWithAttachment().getInt("id");
        Map<String, List<String>> pagesByAccount = Map.of(
                "redaktor",
                        List.of(
                                "panel/",
                                "panel/dokumenty.xhtml",
                                "panel/edytor.xhtml",
                                "panel/edytor.xhtml?id=" + documentId,
                                "panel/haslo.xhtml"),
                "naczelny",
                        List.of(
                                "panel/",
                                "panel/dokumenty.xhtml",
                                "panel/edytor.xhtml?id=" + documentId,
                                "panel/usuniecie.xhtml?dokument=" + documentId),
                "audytor", List.of("panel/", "panel/dziennik/", "panel/dziennik/przeglad.xhtml"),
                "admin",
                        List.of(
                                "panel/",
                                "panel/administracja/",
                                "panel/administracja/uzytkownicy.xhtml",
                                "panel/administracja/uzytkownik.xhtml?login=redaktor",
                                "panel/administracja/kategorie.xhtml",
                                "panel/administracja/kategoria.xhtml?id=" + Documents.category(),
                                "panel/administracja/podmiot.xhtml",
                                "panel/administracja/strony.xhtml"));
        Browser browser = Browser.shared();
        List<String> failures = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> account : pagesByAccount.entrySet()) {
                Clerks.logIn(browser, base, account.getKey(), account.getKey());
                for (int width : PHONE_WIDTHS) {
                    try (Viewport viewport = Viewport.of(browser, width, 800)) {
                        for (String page : account.getValue()) {
                            browser.open(base, page);
                            viewport.overflow(account.getKey() + " " + page).ifPresent(failures::add);
                        }
                    }
                }
            }
        } finally {
            Clerks.logOutIfLoggedIn(browser, base);
        }
        assertTrue(failures.isEmpty(), "back-office pages wider than the phone:\n" + String.join("\n", failures));
    }

    @Test
    void theAuditLogFitsADesktopAndAPhoneWithItsHeadersKept() {
        Browser browser = Browser.shared();
        try {
            Clerks.logIn(browser, base, "audytor", "audytor");
            for (int width : new int[] {1366, 390}) {
                try (Viewport viewport = Viewport.of(browser, width, 900)) {
                    browser.open(base, "panel/dziennik/");
                    viewport.overflow("panel/dziennik/ at " + width).ifPresent(failure -> {
                        throw new AssertionError(failure);
                    });
                    assertEquals(
                            7,
                            browser.driver()
                                    .findElements(By.cssSelector("#zdarzenia thead th"))
                                    .size(),
                            "the audit table keeps its column headers");
                    if (width >= 1366) {
                        Object sticksOut = ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "var t = document.getElementById('zdarzenia'), box = t.parentElement;"
                                                + "return t.offsetWidth > box.clientWidth ? t.offsetWidth + ' px in ' + box.clientWidth + ' px' : null;");
                        assertNull(sticksOut, "on a desktop the audit table fits without scrolling");
                    }
                    browser.assertNoAxeViolations();
                }
            }
        } finally {
            Clerks.logOutIfLoggedIn(browser, base);
        }
    }

    /** A published, amended document with an attachment, a long unbroken address and a table in its text. */
    private JsonObject amendedDocumentWithAttachment() {
        ApiClient api = ApiClient.anonymous(base).as("naczelny", "naczelny");
        byte[] pdf = "%PDF-1.4\n% Uchwała\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String title = "Uchwała w sprawie zmiany miejscowego planu zagospodarowania przestrzennego "
                + UUID.randomUUID().toString().substring(0, 6);
        String body = "<p>Pełny tekst: https://bip.klucze.pl/uchwaly/2026/zalaczniki/miejscowy-plan-zagospodarowania-"
                + "przestrzennego-obrebu-klucze-osada-uchwala-nr-XXIV-213-2026.pdf</p>"
                + "<table><caption>Harmonogram</caption><thead><tr><th scope=\"col\">Etap</th>"
                + "<th scope=\"col\">Termin</th><th scope=\"col\">Odpowiedzialny</th><th scope=\"col\">Uwagi</th>"
                + "</tr></thead><tbody><tr><td>Wyłożenie projektu do publicznego wglądu</td>"
                + "<td>od 1 do 31 stycznia 2027 r.</td><td>Referat Gospodarki Przestrzennej</td>"
                + "<td>Uwagi: sekretariat@klucze.pl lub ePUAP /ugklucze/SkrytkaESP</td></tr></tbody></table>";
        ApiClient.Reply created = api.post(
                "api/v1/documents",
                JsonBodies.newDocument(Documents.category(), title, body, true)
                        .add(
                                "attachments",
                                Json.createArrayBuilder()
                                        .add(JsonBodies.attachment(
                                                        "zalacznik-graficzny-do-uchwaly-nr-XXIV-213-2026-rysunek-planu.pdf",
                                                        "application/pdf",
                                                        pdf)
                                                .add("description", "Rysunek planu")))
                        .build()
                        .toString());
        assertEquals(201, created.status(), created.body());
        JsonObject doc = created.json();
        Documents.amend(
                api, doc.getInt("id"), title, body + "<p>Sprostowanie omyłki pisarskiej.</p>", "Sprostowanie omyłki");
        return doc;
    }

    private String withdrawnDocument() {
        ApiClient api = ApiClient.anonymous(base).as("naczelny", "naczelny");
        ApiClient.Reply created = api.post(
                "api/v1/documents",
                JsonBodies.newDocument(
                                Documents.category(),
                                "Ogłoszenie o przetargu "
                                        + UUID.randomUUID().toString().substring(0, 6),
                                "<p>Przetarg nieograniczony.</p>",
                                true)
                        .build()
                        .toString());
        assertEquals(201, created.status(), created.body());
        api.post(
                "api/v1/documents/" + created.json().getInt("id") + "/withdrawal",
                "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        return created.json().getString("slug");
    }
}
