package pl.metryka.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;
import pl.metryka.test.browser.Browser;

/** What a citizen sees of one document, in Chromium, with axe-core checking every page type. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentPagesBrowserIT {

    @ArquillianResource
    private URL base;

    @Test
    void theExampleArticleShowsItsMetrykaWithTheLabelsOfRealBipPages() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster");
        WebDriver d = browser.driver();
        assertEquals("Kluczewski klaster", d.findElement(By.tagName("h1")).getText());
        String crumbs = d.findElement(By.cssSelector("nav.breadcrumbs")).getText();
        assertTrue(
                crumbs.startsWith("Jesteś tutaj:")
                        && crumbs.contains("Start")
                        && crumbs.contains("Aktualności")
                        && crumbs.endsWith("Kluczewski klaster"),
                crumbs);
        // the date under the title, as the seed prints it
        WebElement date = d.findElement(By.cssSelector(".document__date time"));
        assertEquals("8 października 2015", date.getText());
        assertEquals("2015-10-08", date.getDomAttribute("datetime"));
        // the seed's labels in the seed's order, then what Metryka adds
        List<String> labels = d.findElements(By.cssSelector(".metryka dt")).stream()
                .map(e -> e.getText().replace(":", "").trim())
                .toList();
        assertEquals(
                List.of(
                        "Podmiot udostępniający informację",
                        "Data utworzenia",
                        "Data publikacji",
                        "Osoba sporządzająca dokument",
                        "Osoba wprowadzająca dokument",
                        "Liczba odwiedzin"),
                labels.subList(0, 6),
                labels.toString());
        assertEquals("Podmiot udostępniający informację: Urząd Gminy Klucze", row(d, "issuer"));
        // the author and position are required by the BIP regulation (§ 10); the seed leaves them empty,
        // so the demo names the editor who published it, with his position from the Redakcja page
        assertEquals("Osoba sporządzająca dokument: Rafał Jaworski, inspektor ds. informatyki i BIP", row(d, "author"));
        assertEquals("Data utworzenia: 8 października 2015 r.", row(d, "createdOn"));
        assertEquals("Osoba wprowadzająca dokument: Rafał Jaworski", row(d, "editor"));
        assertTrue(row(d, "firstPublishedAt").startsWith("Data publikacji: 8 października 2015 r."));
        assertTrue(row(d, "publishedAt").startsWith("Data publikacji tej wersji: 8 października 2015 r."));
        long visits = Long.parseLong(row(d, "visits").replace("Liczba odwiedzin: ", ""));
        assertTrue(visits >= 3094, "visits " + visits);
        assertTrue(d.findElements(By.linkText("Drukuj")).size() == 1);
        assertTrue(d.findElements(By.linkText("Zapisz do PDF")).size() == 1);
        browser.assertNoAxeViolations();
    }

    @Test
    void theExampleArticleShowsTheSeedsGalleryOfFourPhotos() throws Exception {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster");
        WebDriver d = browser.driver();
        assertEquals("Galeria", d.findElement(By.cssSelector(".gallery h2")).getText());
        List<WebElement> photos = d.findElements(By.cssSelector(".gallery figure"));
        assertEquals(4, photos.size());
        for (int i = 0; i < 4; i++) {
            WebElement link = photos.get(i).findElement(By.cssSelector("a"));
            WebElement thumbnail = link.findElement(By.tagName("img"));
            assertEquals(
                    "Powiększ zdjęcie Spotkanie w sprawie utworzenia klastra",
                    thumbnail.getDomAttribute("alt"),
                    "the link's accessible name");
            assertEquals(
                    "Spotkanie w sprawie utworzenia klastra",
                    photos.get(i).findElement(By.tagName("figcaption")).getText());
            String full = link.getDomAttribute("href");
            assertTrue(full.endsWith("/wersja/1/zalacznik/" + i + "/klaster-" + (i + 1) + ".jpg"), full);
            // a small picture made on the server, not the photo scaled by CSS
            String src = thumbnail.getDomAttribute("src");
            assertTrue(src.endsWith("/wersja/1/miniatura/" + i), src);
            HttpResponse<byte[]> small = fetch(src);
            HttpResponse<byte[]> large = fetch(full);
            assertEquals(200, small.statusCode());
            String type = small.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith("image/jpeg"), type);
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(small.body()));
            assertTrue(picture.getWidth() <= 320 && picture.getHeight() <= 240, picture.toString());
            assertTrue(small.body().length * 3 < large.body().length, "the thumbnail is much smaller than the photo");
        }
        // keyboard: each photo's link is reached by Tab
        assertEquals(
                4,
                d.findElements(By.cssSelector(".gallery a[href]")).stream()
                        .filter(a -> !"-1".equals(a.getDomAttribute("tabindex")))
                        .count());
        browser.assertNoAxeViolations();
        // at 390 px nothing scrolls sideways
        d.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open(base, "dokument/kluczewski-klaster");
            long width = (Long)
                    ((JavascriptExecutor) d).executeScript("return document.querySelector('.gallery').scrollWidth");
            long viewport =
                    (Long) ((JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth");
            assertTrue(width <= viewport, "gallery " + width + " px in a " + viewport + " px viewport");
        } finally {
            d.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return ApiClient.http()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void historyVersionBannerAndDiffOfAnAmendedDocument() {
        JsonObject doc = amendedDocument();
        String slug = doc.getString("slug");
        Browser browser = Browser.shared().open(base, "dokument/" + slug);
        WebDriver d = browser.driver();

        List<WebElement> rows = d.findElements(By.cssSelector(".history__table tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(
                rows.get(0).getText().contains("Pierwsza publikacja"),
                rows.get(0).getText());
        assertTrue(
                rows.get(1).getText().contains("Zmiana godzin przyjęć")
                        && rows.get(1).getText().contains("Rafał Jaworski"),
                rows.get(1).getText());
        assertEquals(
                List.of("Wersja", "Data zmiany", "Autor zmiany", "Powód zmiany", "Zobacz", "Porównaj"),
                d.findElements(By.cssSelector(".history__table thead th")).stream()
                        .map(WebElement::getText)
                        .toList());
        browser.assertNoAxeViolations();

        Clerks.click(browser, rows.get(0).findElement(By.linkText("Zobacz wersję 1")));
        String banner = d.findElement(By.cssSelector(".archival-banner")).getText();
        assertTrue(banner.startsWith("To jest wersja archiwalna z dnia"), banner);
        assertTrue(banner.contains("zobacz wersję aktualną"), banner);
        assertTrue(d.findElement(By.cssSelector(".document__body")).getText().contains("czynny"));
        browser.assertNoAxeViolations();

        browser.open(base, "dokument/" + slug + "/porownaj?od=1&do=2");
        List<String> inserted = d.findElements(By.cssSelector(".diff ins")).stream()
                .map(WebElement::getText)
                .toList();
        List<String> deleted = d.findElements(By.cssSelector(".diff del")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(inserted.stream().anyMatch(t -> t.contains("otwarty")), inserted.toString());
        assertTrue(deleted.stream().anyMatch(t -> t.contains("czynny")), deleted.toString());
        String hidden = (String)
                ((JavascriptExecutor) d).executeScript("return document.querySelector('.diff ins').textContent");
        assertTrue(hidden.contains("wstawiono"), "screen readers hear that text was inserted: " + hidden);
        browser.assertNoAxeViolations();
    }

    @Test
    void englishIsOneLinkAwayAndRemembered() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster");
        WebDriver d = browser.driver();
        Clerks.click(browser, d.findElement(By.linkText("English")));
        assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Metadata (metryka)", d.findElement(By.id("metryka-title")).getText());
        assertEquals(
                "pl",
                d.findElement(By.cssSelector(".document__body")).getDomAttribute("lang"),
                "the document itself stays marked as Polish");
        browser.assertNoAxeViolations();
        browser.open(base, "dokument/kluczewski-klaster/wersja/1");
        assertEquals("en", d.findElement(By.tagName("html")).getDomAttribute("lang"), "the choice is remembered");
        Clerks.click(browser, d.findElement(By.linkText("Polski")));
        assertEquals("Metryka", d.findElement(By.id("metryka-title")).getText());
    }

    @Test
    void thePrintViewHasNoNavigationButTheMetrykaAndHistory() {
        Browser browser = Browser.shared().open(base, "dokument/kluczewski-klaster/drukuj");
        WebDriver d = browser.driver();
        assertTrue(d.findElements(By.cssSelector("nav.site-menu")).isEmpty());
        assertTrue(d.findElements(By.cssSelector("form.site-search")).isEmpty());
        assertEquals("Kluczewski klaster", d.findElement(By.tagName("h1")).getText());
        assertFalse(d.findElements(By.cssSelector(".metryka")).isEmpty());
        assertFalse(d.findElements(By.cssSelector(".history__table")).isEmpty());
        browser.assertNoAxeViolations();
    }

    @Test
    void theTombstoneSaysWhatWasWithdrawnWhenByWhomAndWhy() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = publish(api, "Ogłoszenie o przetargu na remont świetlicy", "<p>Przetarg nieograniczony.</p>");
        api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + doc.getInt("id") + "/withdrawal",
                        "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        Browser browser = Browser.shared().open(base, "dokument/" + doc.getString("slug"));
        String tombstone =
                browser.driver().findElement(By.cssSelector(".tombstone")).getText();
        assertTrue(tombstone.contains("Dokument wycofany"), tombstone);
        assertTrue(
                tombstone.contains("Unieważnienie postępowania")
                        && tombstone.contains("art. 255 pkt 1 Pzp")
                        && tombstone.contains("Rafał Jaworski"),
                tombstone);
        assertEquals(
                1, browser.driver().findElements(By.linkText("Zobacz wersję 1")).size());
        browser.assertNoAxeViolations();
    }

    @Test
    void everyActionIsReachableWithTabAndWorksWithEnter() {
        JsonObject doc = amendedDocument();
        Browser browser = Browser.shared().open(base, "dokument/" + doc.getString("slug"));
        WebDriver d = browser.driver();
        List<String> reached = new ArrayList<>();
        WebElement print = null;
        for (int i = 0; i < 60 && print == null; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            WebElement focused = d.switchTo().activeElement();
            reached.add(focused.getText());
            if ("Drukuj".equals(focused.getText())) {
                print = focused;
            }
        }
        assertTrue(print != null, "Drukuj not reachable with Tab; reached " + reached);
        for (int i = 0; i < 40; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            reached.add(d.switchTo().activeElement().getText());
        }
        for (String action :
                List.of("Zapisz do PDF", "Zobacz wersję 1", "Zobacz wersję 2", "Porównaj wersję 1 z wersją 2")) {
            assertTrue(reached.contains(action), action + " not reachable; reached " + reached);
        }
        browser.open(base, "dokument/" + doc.getString("slug"));
        for (int i = 0; i < 60; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            if ("Drukuj".equals(d.switchTo().activeElement().getText())) {
                break;
            }
        }
        new Actions(d).sendKeys(Keys.ENTER).perform();
        browser.waitForPageReady();
        assertTrue(d.getCurrentUrl().endsWith("/drukuj"), d.getCurrentUrl());
    }

    private JsonObject amendedDocument() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc =
                publish(api, "Godziny przyjęć interesantów", "<p>Urząd jest czynny od poniedziałku do piątku.</p>");
        ApiClient.Reply amended = api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + doc.getInt("id"),
                        JsonBodies.amendment(
                                        "Godziny przyjęć interesantów",
                                        "<p>Urząd jest otwarty od poniedziałku do piątku.</p>",
                                        "Zmiana godzin przyjęć",
                                        1)
                                .build()
                                .toString());
        assertEquals(200, amended.status(), amended.body());
        return doc;
    }

    private static JsonObject publish(ApiClient api, String title, String body) {
        long category = DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
        ApiClient.Reply reply = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        JsonBodies.newDocument(
                                        category,
                                        title + " "
                                                + UUID.randomUUID().toString().substring(0, 6),
                                        body,
                                        true)
                                .build()
                                .toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String row(WebDriver d, String field) {
        return d.findElement(By.cssSelector("[data-field='" + field + "']"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }
}
