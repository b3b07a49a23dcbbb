package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.JsonBodies;

/**
 * Issue 12: point-in-time views and imported history tell the truth about their dates.
 * <ul>
 *   <li>home and category lists under {@code ?stan=} show the author of the version in force that day;</li>
 *   <li>a document imported with publishedAt 2016-01-05 is published here at the import, shows the former
 *       BIP's date as such, and is not in this bulletin's {@code ?stan=2016-06-01};</li>
 *   <li>a data wytworzenia after publication and a withholding without its podmiot are refused by field.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetrykaHistoryIT {

    private static final Pattern LIST_ITEM =
            Pattern.compile("<li>\\s*<a href=\"[^\"]*/dokument/([^\"?]+)[^\"]*\">.*?</li>", Pattern.DOTALL);
    private static final Pattern AUTHOR = Pattern.compile("data-field=\"author\">[^:]*:\\s*([^<]+?)\\s*</span>");

    @ArquillianResource
    private URL base;

    @Test
    void listsUnderStanShowTheAuthorOfThatDay() {
        // demo: on 30 June 2018 the regulamin was in its version 2 (Tomasz Lipiński), today version 3 (Barbara Kulig);
        // the godziny pracy in version 1 (Barbara Kulig), today version 3 (Tomasz Lipiński)
        Map<String, String> home = authors(Http.text(Http.get(Http.app(base, "?stan=2018-06-30"))));
        assertEquals("Tomasz Lipiński", home.get("regulamin-organizacyjny-urzedu-gminy"), home.toString());
        assertEquals("Barbara Kulig", home.get("godziny-pracy-urzedu"), home.toString());
        Map<String, String> category =
                authors(Http.text(Http.get(Http.app(base, "kategoria/regulamin-organizacyjny?stan=2018-06-30"))));
        assertEquals("Tomasz Lipiński", category.get("regulamin-organizacyjny-urzedu-gminy"), category.toString());

        Map<String, String> today = authors(Http.text(Http.get(Http.app(base, "kategoria/regulamin-organizacyjny"))));
        assertEquals("Barbara Kulig", today.get("regulamin-organizacyjny-urzedu-gminy"), today.toString());
    }

    @Test
    void anImportedDocumentIsPublishedHereAtTheImportAndShowsTheFormerBipsDateBesideIt() {
        ApiClient admin = ApiClient.anonymous(base).as("admin", "admin");
        String sourceId = "BIP-STARY-" + System.nanoTime();
        String title = Documents.unique("Zarządzenie z poprzedniego BIP");
        Instant before = Instant.now().minusSeconds(5);
        Reply imported = admin.post(
                "api/v1/import/documents",
                JsonBodies.imported(
                                sourceId,
                                "aktualnosci",
                                JsonBodies.formerRevision(
                                        title, "<p>Treść z 2016 roku.</p>", "2016-01-04", "2016-01-05"))
                        .build()
                        .toString());
        assertTrue(imported.status() == 200 || imported.status() == 201, imported.body());
        long id = imported.json().getJsonNumber("documentId").longValue();
        String slug = imported.json().getString("slug");

        JsonObject revision = ApiClient.anonymous(base)
                .get("api/v1/documents/" + id + "/revisions/1")
                .json();
        Instant publishedHere = Instant.parse(revision.getString("publishedAt"));
        assertTrue(
                publishedHere.isAfter(before)
                        && publishedHere.isBefore(Instant.now().plus(Duration.ofMinutes(1))),
                "this bulletin published it at the import, not in 2016: " + publishedHere);
        assertEquals(
                Instant.parse("2016-01-04T23:00:00Z"),
                Instant.parse(revision.getString("publishedElsewhereAt")),
                "midnight of 5 January 2016 in Poland, the former BIP's date");
        JsonObject metadata =
                ApiClient.anonymous(base).get("api/v1/documents/" + id).json().getJsonObject("metadata");
        assertEquals(publishedHere, Instant.parse(metadata.getString("publishedAt")));
        assertEquals(publishedHere, Instant.parse(metadata.getString("firstPublishedAt")));
        assertEquals(Instant.parse("2016-01-04T23:00:00Z"), Instant.parse(metadata.getString("publishedElsewhereAt")));

        String page = Http.text(Http.get(Http.app(base, "dokument/" + slug)));
        Map<String, String[]> rows = MetrykaConsistencyIT.rows(page);
        assertEquals("Data publikacji w poprzednim BIP:", rows.get("publishedElsewhereAt")[0]);
        assertTrue(
                rows.get("publishedElsewhereAt")[1].startsWith("5 stycznia 2016"), rows.get("publishedElsewhereAt")[1]);
        assertFalse(
                rows.get("publishedAt")[1].contains("2016"),
                "Data publikacji tej wersji is the import: " + rows.get("publishedAt")[1]);
        assertEquals("Data publikacji tej wersji:", rows.get("publishedAt")[0]);

        assertFalse(
                Http.text(Http.get(Http.app(base, "?stan=2016-06-01"))).contains(title),
                "not in this bulletin in 2016");
        assertFalse(Http.text(Http.get(Http.app(base, "kategoria/aktualnosci?stan=2016-06-01")))
                .contains(title));
        HttpResponse<byte[]> then = Http.get(Http.app(base, "dokument/" + slug + "?stan=2016-06-01"));
        assertEquals(404, then.statusCode(), "not in this bulletin on that day");
        String thenText = Http.text(then);
        assertTrue(thenText.contains("był wtedy udostępniony w poprzednim BIP"), thenText);
        assertTrue(
                Http.text(Http.get(Http.app(base, "?stan=" + LocalDate.now(Moment.POLAND))))
                        .contains(title),
                "listed from the day of the import");

        // an imported withholding is a new one here: it too must name the podmiot in whose interest it was made
        Reply withholding = admin.post(
                "api/v1/import/documents",
                JsonBodies.imported(
                                sourceId + "-W",
                                "aktualnosci",
                                JsonBodies.formerRevision(title, "<p>Treść.</p>", "2016-01-04", "2016-01-05")
                                        .add("withheld", withheld("Wójt")))
                        .build()
                        .toString());
        assertEquals(400, withholding.status(), withholding.body());
        assertTrue(withholding.body().contains("revisions[0].withheld.inInterestOf"), withholding.body());

        // the register (with the imported revision's content hash, which covers the former BIP's date) still verifies
        JsonObject verify =
                ApiClient.anonymous(base).get("api/v1/register/verify").json();
        assertNotNull(verify);
        assertTrue(verify.getBoolean("valid"), verify.toString());
    }

    @Test
    void aDataWytworzeniaAfterPublicationAndAWithholdingWithoutItsPodmiotAreRefusedByField() {
        ApiClient chief = ApiClient.anonymous(base).as("naczelny", "naczelny");
        JsonObject doc = Documents.published(chief, Documents.unique("Ogłoszenie o naborze"), "<p>Treść.</p>");
        int id = doc.getInt("id");
        Reply refused = chief.put(
                "api/v1/documents/" + id, amendedWithholding(doc.getString("title"), withheld("Wójt Gminy Klucze")));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("withheld.inInterestOf"), refused.body());
        assertTrue(refused.body().contains("w interesie którego podmiotu"), refused.body());

        Reply accepted = chief.put(
                "api/v1/documents/" + id,
                amendedWithholding(
                        doc.getString("title"),
                        withheld("Wójt Gminy Klucze").add("inInterestOf", "Jan Kowalski, osoba fizyczna")));
        assertEquals(200, accepted.status(), accepted.body());
        JsonObject second = ApiClient.anonymous(base)
                .get("api/v1/documents/" + id + "/revisions/2")
                .json();
        assertEquals(
                "Jan Kowalski, osoba fizyczna", second.getJsonObject("withheld").getString("inInterestOf"));
        String page = Http.text(Http.get(Http.app(base, "dokument/" + doc.getString("slug"))));
        assertTrue(page.contains("W interesie którego podmiotu dokonano wyłączenia"), "shown in the withholding block");
        assertTrue(page.contains("Jan Kowalski, osoba fizyczna"));

        String future = LocalDate.now(Moment.POLAND).plusDays(3).toString();
        Reply late = chief.put(
                "api/v1/documents/" + id,
                JsonBodies.amendment(doc.getString("title"), "<p>Jeszcze raz.</p>", "Zmiana", 2)
                        .add("createdOn", future)
                        .build()
                        .toString());
        assertEquals(400, late.status(), late.body());
        assertTrue(late.body().contains("createdOn"), late.body());
    }

    /** A withholding of the address, without the podmiot in whose interest it is made. */
    private static JsonObjectBuilder withheld(String decidedBy) {
        return Json.createObjectBuilder()
                .add("scope", "adres")
                .add("legalBasis", "art. 5 ust. 2 udip")
                .add("decidedBy", decidedBy);
    }

    private static String amendedWithholding(String title, JsonObjectBuilder withheld) {
        return JsonBodies.amendment(title, "<p>Treść po zmianie.</p>", "Wyłączenie adresu", 1)
                .add("withheld", withheld)
                .build()
                .toString();
    }

    /** slug → the author a document list shows for it. */
    private static Map<String, String> authors(String html) {
        Map<String, String> authors = new LinkedHashMap<>();
        Matcher item = LIST_ITEM.matcher(html);
        while (item.find()) {
            Matcher author = AUTHOR.matcher(item.group());
            if (author.find()) {
                authors.put(item.group(1), author.group(1).trim());
            }
        }
        return authors;
    }
}
