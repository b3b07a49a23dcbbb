package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import pl.metryka.application.CategoryAdministration;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.HtmlChecker;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.browser.Browser;

/**
 * The administration of the site: the menu przedmiotowe, the podmiot's settings and editors, the
 * statutory pages' texts — each change seen on the public pages and in the register — and the
 * refusal of everyone but administrators, forged requests included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SiteAdministrationBrowserIT {

    /** The tests' shared client, which never follows redirects: the old addresses' 301s are checked as such. */
    private static final HttpClient NO_REDIRECTS = ApiClient.http();

    @ArquillianResource
    private URL base;

    private String[] podmiotBefore;

    @BeforeEach
    void rememberPodmiot() {
        podmiotBefore = new String[] {
            DirectSql.string("SELECT phone FROM podmiot"), DirectSql.string("SELECT working_hours FROM podmiot"),
            DirectSql.string("SELECT epuap FROM podmiot"), DirectSql.string("SELECT email FROM podmiot")
        };
    }

    @AfterEach
    void restoreWhatOtherTestsRead() {
        DirectSql.update(
                "UPDATE podmiot SET phone = ?, working_hours = ?, epuap = ?, email = ?", (Object[]) podmiotBefore);
        DirectSql.update("DELETE FROM statutory_page WHERE slug = 'instrukcja'");
    }

    @Test
    void categoriesAreCreatedRenamedMovedAndOrderedWithThePublicMenuAndTheRegisterFollowing() throws Exception {
        Browser browser = Browser.shared();
        WebDriver d =
                Clerks.openAsAdministrator(browser, base, "panel/administracja/kategorie.xhtml", "Menu przedmiotowe");
        Clerks.submit(browser, By.id("nowa-kategoria:dodaj"));
        assertEquals("Nazwa kategorii jest wymagana.", Clerks.fieldMessage(d, "nowa-kategoria", "name"));
        browser.assertNoAxeViolations();

        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = "Przetargi testowe " + tag;
        String second = "Ogłoszenia testowe " + tag;
        create(browser, first, null);
        create(browser, second, null);
        String firstSlug = slugOf(d, first);
        assertEquals("przetargi-testowe-" + tag, firstSlug);
        List<String> menu = publicMenu(browser);
        assertTrue(menu.indexOf(first) >= 0 && menu.indexOf(first) < menu.indexOf(second), menu.toString());

        browser.open(base, "panel/administracja/kategorie.xhtml");
        Clerks.submit(browser, By.cssSelector("tr[data-kategoria='" + slugOf(d, second) + "'] .w-gore"));
        menu = publicMenu(browser);
        assertEquals(menu.indexOf(first) - 1, menu.indexOf(second), "moved up by one: " + menu);

        browser.open(base, "panel/administracja/kategorie.xhtml");
        Clerks.submit(browser, By.cssSelector("tr[data-kategoria='" + firstSlug + "'] td a"));
        browser.assertNoAxeViolations();
        String renamed = "Zamówienia publiczne testowe " + tag;
        d.findElement(By.id("nazwa-kategorii:name")).clear();
        d.findElement(By.id("nazwa-kategorii:name")).sendKeys(renamed);
        Clerks.submit(browser, By.id("nazwa-kategorii:zmien-nazwe"));
        String newSlug = "zamowienia-publiczne-testowe-" + tag;
        assertTrue(
                d.findElement(By.id("adres-kategorii")).getText().endsWith("/kategoria/" + newSlug),
                d.findElement(By.id("adres-kategorii")).getText());
        menu = publicMenu(browser);
        assertTrue(menu.contains(renamed) && !menu.contains(first), menu.toString());
        HttpResponse<Void> old = NO_REDIRECTS.send(
                HttpRequest.newBuilder(uri("kategoria/" + firstSlug)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(301, old.statusCode(), "the old address still leads somewhere");
        assertTrue(
                old.headers().firstValue("Location").orElse("").endsWith("/kategoria/" + newSlug),
                old.headers().toString());
        HttpResponse<String> feed = NO_REDIRECTS.send(
                HttpRequest.newBuilder(uri("kanal/kategoria/" + firstSlug)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), "the old feed address keeps its subscribers");
        assertTrue(feed.body().contains(renamed), feed.body());
        browser.open(base, "kategoria/" + firstSlug);
        assertEquals(renamed, d.findElement(By.tagName("h1")).getText());

        browser.open(base, "panel/administracja/kategorie.xhtml");
        create(browser, "Podkategoria " + tag, second);
        String childSlug = slugOf(d, "Podkategoria " + tag);
        browser.open(
                base,
                "panel/administracja/kategoria.xhtml?id="
                        + DirectSql.count("SELECT id FROM category WHERE slug = ?", childSlug));
        new Select(d.findElement(By.id("przeniesienie:parent"))).selectByVisibleText("(menu główne)");
        Clerks.submit(browser, By.id("przeniesienie:przenies"));
        assertTrue(publicMenu(browser).contains("Podkategoria " + tag), "moved to the top of the menu");

        List<JsonObject> entries = register();
        assertTrue(
                entries.stream()
                        .anyMatch(e -> "CATEGORY_CREATED".equals(e.getString("action"))
                                && e.getString("subject")
                                        .equals("Kategoria „" + first + "” (/kategoria/" + firstSlug + ")")),
                "creation in the register");
        assertTrue(
                entries.stream()
                        .anyMatch(e -> "CATEGORY_CHANGED".equals(e.getString("action"))
                                && e.getString("reason")
                                        .startsWith(
                                                "Zmiana nazwy z „" + first + "” na „" + renamed + "”; adres /kategoria/"
                                                        + firstSlug + " prowadzi do /kategoria/" + newSlug)
                                && e.getString("actor")
                                        .equals(DirectSql.string(
                                                "SELECT full_name FROM user_account WHERE username = 'admin'"))),
                "the rename in the register");
        assertTrue(
                entries.stream()
                        .anyMatch(e -> "CATEGORY_CHANGED".equals(e.getString("action"))
                                && e.getString("reason")
                                        .startsWith("Przeniesiono z „" + second + "” do „menu główne”")),
                "the move in the register");
        assertTrue(
                ApiClient.anonymous(base).get("api/v1/register/verify").json().getBoolean("valid"));
        Clerks.logOutIfLoggedIn(browser, base);
    }

    /** Additive and idempotent: the demo menu gains the statutory categories it lacks, once. */
    @Test
    void theStatutoryMenuAddsTheMissingCategoriesOnce() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, "admin", "admin", "panel/administracja/kategorie.xhtml");
        Clerks.submit(browser, By.id("menu:menu-ustawowe"));
        assertTrue(
                d.findElement(By.id("komunikaty")).getText().startsWith("Dodane kategorie menu ustawowego:"),
                d.findElement(By.id("komunikaty")).getText());
        browser.assertNoAxeViolations();
        List<String> statutory = CategoryAdministration.STATUTORY_MENU;
        List<String> menu = publicMenu(browser);
        assertTrue(menu.containsAll(statutory), menu.toString());
        for (String name : statutory) {
            assertEquals(1, menu.stream().filter(name::equals).count(), name);
        }
        assertEquals(
                1,
                DirectSql.count("SELECT COUNT(*) FROM register_entry WHERE action = 'CATEGORY_CREATED' "
                        + "AND subject LIKE 'Kategoria „Status prawny” (/kategoria/status-prawny%)'"),
                "a slug of its own beside the demo's");

        browser.open(base, "panel/administracja/kategorie.xhtml");
        Clerks.submit(browser, By.id("menu:menu-ustawowe"));
        assertEquals(
                "Dodane kategorie menu ustawowego: 0",
                d.findElement(By.id("komunikaty")).getText());
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void podmiotSettingsAndEditorsAppearOnThePublicPages() {
        Browser browser = Browser.shared();
        WebDriver d =
                Clerks.openAsAdministrator(browser, base, "panel/administracja/podmiot.xhtml", "Podmiot i redakcja");

        String tag = UUID.randomUUID().toString().substring(0, 6);
        replace(d, "podmiot:nip", "123-456-78-90");
        replace(d, "podmiot:email", "nie-adres");
        Clerks.submit(browser, By.id("podmiot:zapisz"));
        assertEquals("NIP musi mieć 10 cyfr z poprawną cyfrą kontrolną.", Clerks.fieldMessage(d, "podmiot", "nip"));
        assertEquals("Podaj adres e-mail w postaci nazwa@domena.pl.", Clerks.fieldMessage(d, "podmiot", "email"));
        browser.assertNoAxeViolations();

        replace(d, "podmiot:nip", "637-20-16-437");
        replace(d, "podmiot:email", "sekretariat-" + tag + "@kluczewsko.pl");
        replace(d, "podmiot:phone", "41 391 00 " + tag.replaceAll("[^0-9]", "1").substring(0, 2));
        replace(d, "podmiot:epuap", "/ugkluczewsko/Skrytka" + tag);
        d.findElement(By.id("podmiot:workingHours")).clear();
        d.findElement(By.id("podmiot:workingHours")).sendKeys("pon.–pt. 7:30–15:30 (" + tag + ")");
        Clerks.submit(browser, By.id("podmiot:zapisz"));
        assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Zapisano zmiany."));

        d.findElement(By.id("osoba:fullName")).sendKeys("Ewa Testowa " + tag);
        d.findElement(By.id("osoba:position")).sendKeys("inspektor ds. BIP");
        d.findElement(By.id("osoba:email")).sendKeys("ewa-" + tag + "@kluczewsko.pl");
        Clerks.submit(browser, By.id("osoba:zapisz-osobe"));
        assertEquals(
                1,
                d.findElements(By.cssSelector("tr[data-osoba='Ewa Testowa " + tag + "']"))
                        .size());
        browser.assertNoAxeViolations();

        browser.open(base, "redakcja");
        String page = d.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("sekretariat-" + tag + "@kluczewsko.pl"), page);
        assertTrue(page.contains("/ugkluczewsko/Skrytka" + tag), page);
        assertTrue(page.contains("pon.–pt. 7:30–15:30 (" + tag + ")"), page);
        assertEquals(
                1,
                d.findElements(By.cssSelector("[data-editor='Ewa Testowa " + tag + "']"))
                        .size());
        browser.assertNoAxeViolations();
        assertTrue(DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE action = 'SETTINGS_CHANGED' AND subject = 'Dane podmiotu' "
                                + "AND reason LIKE '%e-mail%ePUAP%godziny pracy%'")
                >= 1);

        List<String> editors = editorsOnRedakcja(d);
        assertEquals("Ewa Testowa " + tag, editors.get(editors.size() - 1), "a new editor comes last: " + editors);

        Clerks.logIn(browser, base, "admin", "admin");
        browser.open(base, "panel/administracja/podmiot.xhtml");
        Clerks.submit(browser, d.findElement(By.cssSelector("tr[data-osoba='Ewa Testowa " + tag + "'] .w-gore")));
        browser.open(base, "redakcja");
        assertEquals("Ewa Testowa " + tag, editorsOnRedakcja(d).get(editors.size() - 2), "moved up by one");
        browser.open(base, "panel/administracja/podmiot.xhtml");
        WebElement row = d.findElement(By.cssSelector("tr[data-osoba='Ewa Testowa " + tag + "']"));
        Clerks.submit(browser, row.findElement(By.cssSelector("input[value='Usuń']")));
        browser.open(base, "redakcja");
        assertTrue(
                d.findElements(By.cssSelector("[data-editor='Ewa Testowa " + tag + "']"))
                        .isEmpty(),
                "removed from the page");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void aStatutoryPageTextIsPreviewedSanitizedAndPublished() {
        Browser browser = Browser.shared();
        WebDriver d = Clerks.openAs(browser, base, "admin", "admin", "panel/administracja/strony.xhtml");
        assertEquals(7, d.findElements(By.cssSelector("#strony-ustawowe > li")).size(), "with /ochrona-danych");
        browser.assertNoAxeViolations();
        browser.open(base, "panel/administracja/strony.xhtml?strona=instrukcja");
        assertEquals(
                "Instrukcja korzystania z BIP",
                d.findElement(By.id("edycja-strony:title")).getDomProperty("value"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebElement body = d.findElement(By.id("edycja-strony:body"));
        body.clear();
        body.sendKeys("<p>Dyżur redakcji: <strong>środa " + tag + "</strong></p><script>alert('x')</script>"
                + "<p onclick=\"alert(1)\">Drugi akapit</p>");
        Clerks.submit(browser, By.id("edycja-strony:podglad"));
        WebElement preview = d.findElement(By.id("podglad-tresci"));
        assertEquals("środa " + tag, preview.findElement(By.tagName("strong")).getText());
        assertFalse(preview.getDomProperty("innerHTML").contains("script"), preview.getDomProperty("innerHTML"));
        assertFalse(preview.getDomProperty("innerHTML").contains("onclick"));
        browser.assertNoAxeViolations();
        Clerks.submit(browser, By.id("edycja-strony:zapisz"));
        assertTrue(d.findElement(By.id("komunikaty")).getText().contains("Zapisano treść strony."));
        String stored = DirectSql.string("SELECT body FROM statutory_page WHERE slug = 'instrukcja'");
        assertTrue(
                stored.contains("<strong>środa " + tag + "</strong>")
                        && !stored.contains("script")
                        && !stored.contains("onclick"),
                stored);
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'STATUTORY_PAGE_CHANGE' "
                                + "AND target = '/instrukcja' AND at > UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE"));

        browser.open(base, "instrukcja");
        assertEquals(
                "środa " + tag,
                d.findElement(By.cssSelector(".statutory__text strong")).getText());
        browser.assertNoAxeViolations();
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void aRedaktorIsRefusedTheAdministrationAndForgedRequestsAreRefusedAndLogged() throws Exception {
        String username = Clerks.newAccount("intruz", "REDAKTOR");
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, username, "redaktor");
        WebDriver d = browser.driver();
        assertFalse(Clerks.navigation(d).contains("Administracja"));
        for (String page : List.of(
                "",
                "uzytkownicy.xhtml",
                "kategorie.xhtml",
                "podmiot.xhtml",
                "strony.xhtml",
                "deklaracja.xhtml",
                "logo.xhtml")) {
            browser.open(base, "panel/administracja/" + page);
            assertEquals("Brak uprawnień", d.findElement(By.tagName("h1")).getText(), page);
        }
        assertTrue(DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'REFUSED' "
                                + "AND target LIKE '%/panel/administracja/%'",
                        username)
                >= 5);

        String session = d.manage().getCookieNamed("JSESSIONID").getValue();
        String victim = "ofiara." + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> forged = NO_REDIRECTS.send(
                HttpRequest.newBuilder(uri("panel/administracja/uzytkownicy.xhtml"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("nowe-konto=nowe-konto&nowe-konto%3Alogin=" + victim
                                + "&nowe-konto%3AfullName=X&nowe-konto%3ArolaAdministrator=on&nowe-konto%3Autworz=x"
                                + "&jakarta.faces.ViewState=stolen"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'REFUSED' "
                                + "AND action LIKE 'POST %/panel/administracja/uzytkownicy.xhtml'",
                        username));

        ApiClient.Reply rest = ApiClient.anonymous(base)
                .as(username, "redaktor")
                .post(
                        "api/v1/admin/accounts",
                        JsonBodies.account(victim, "X", null, "ADMINISTRATOR")
                                .build()
                                .toString());
        assertEquals(403, rest.status(), rest.toString());
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'REFUSED' "
                                + "AND action LIKE 'POST %/api/v1/admin/accounts'",
                        username));
        assertEquals(401, ApiClient.anonymous(base).get("api/v1/admin/accounts").status());
        assertEquals(
                0,
                DirectSql.count("SELECT COUNT(*) FROM user_account WHERE username = ?", victim),
                "nothing was created");

        ApiClient.Reply list = ApiClient.anonymous(base).as("admin", "admin").get("api/v1/admin/accounts");
        assertEquals(200, list.status(), list.toString());
        assertTrue(list.body().contains("\"username\":\"" + username + "\""), list.body());
        assertFalse(list.body().toLowerCase().contains("hash") || list.body().contains("PBKDF2"), "no hash in the API");
        Clerks.logOutIfLoggedIn(browser, base);
    }

    @Test
    void everyAdministrationPageIsValidHtml() throws Exception {
        Browser browser = Browser.shared();
        Clerks.logIn(browser, base, "admin", "admin");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        long category = DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
        for (String page : List.of(
                "",
                "uzytkownicy.xhtml",
                "uzytkownik.xhtml?login=redaktor",
                "kategorie.xhtml",
                "kategoria.xhtml?id=" + category,
                "podmiot.xhtml",
                "strony.xhtml",
                "strony.xhtml?strona=redakcja",
                "strony.xhtml?strona=ochrona-danych",
                "deklaracja.xhtml",
                "logo.xhtml")) {
            HttpResponse<String> reply = NO_REDIRECTS.send(
                    HttpRequest.newBuilder(uri("panel/administracja/" + page))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), page);
            assertEquals(List.of(), HtmlChecker.errors(reply.body()), page);
        }
        Clerks.logOutIfLoggedIn(browser, base);
    }

    private static List<String> editorsOnRedakcja(WebDriver d) {
        return d.findElements(By.cssSelector("[data-editor]")).stream()
                .map(e -> e.getDomAttribute("data-editor"))
                .toList();
    }

    private void create(Browser browser, String name, String parent) {
        WebDriver d = browser.driver();
        browser.open(base, "panel/administracja/kategorie.xhtml");
        d.findElement(By.id("nowa-kategoria:name")).sendKeys(name);
        if (parent != null) {
            new Select(d.findElement(By.id("nowa-kategoria:parent"))).selectByVisibleText(parent);
        }
        Clerks.submit(browser, By.id("nowa-kategoria:dodaj"));
        assertTrue(
                d.findElement(By.id("komunikaty")).getText().contains("Dodano kategorię " + name),
                d.findElement(By.id("komunikaty")).getText());
    }

    private static String slugOf(WebDriver d, String name) {
        for (WebElement row : d.findElements(By.cssSelector("#kategorie tbody tr"))) {
            if (row.findElement(By.cssSelector("td a")).getText().equals(name)) {
                return row.getDomAttribute("data-kategoria");
            }
        }
        throw new AssertionError("no category " + name);
    }

    private List<String> publicMenu(Browser browser) {
        browser.open(base, "");
        return browser.driver().findElements(By.cssSelector("nav.site-menu a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<JsonObject> register() {
        long size = DirectSql.count("SELECT COUNT(*) FROM register_entry");
        long after = Math.max(0, size - 200);
        return ApiClient.anonymous(base)
                .get("api/v1/register?limit=1000&after=" + after)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private URI uri(String path) {
        return ApiClient.anonymous(base).uri(path);
    }

    private static void replace(WebDriver d, String id, String value) {
        d.findElement(By.id(id)).clear();
        d.findElement(By.id(id)).sendKeys(value);
    }
}
