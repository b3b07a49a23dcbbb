package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amendment;
import static pl.metryka.it.Documents.newDocument;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentApiIT {

    @ArquillianResource
    private URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.anonymous(base);
    }

    @Test
    void publishingSetsEditorAndPublicationTimeOnTheServerIgnoringWhatTheClientSends() {
        Instant before = Instant.now();
        String body = newDocument(unique("Obwieszczenie"), "<p>Treść</p>", true)
                .replace(
                        "\"publish\":true",
                        "\"publish\":true,\"editor\":\"Ktoś Inny\",\"publishedAt\":\"2001-01-01T00:00:00Z\"");
        Reply reply = api.as("naczelny", "naczelny").post("api/v1/documents", body);
        assertEquals(201, reply.status(), reply.body());
        JsonObject metadata = reply.json().getJsonObject("metadata");
        Instant publishedAt = Instant.parse(metadata.getString("publishedAt"));
        assertAll(
                () -> assertEquals("Rafał Jaworski", metadata.getString("editor")),
                () -> assertEquals("Urząd Gminy Klucze", metadata.getString("issuer")),
                () -> assertEquals("Jan Kowalski", metadata.getString("author")),
                () -> assertEquals("sekretarz gminy", metadata.getString("authorPosition")),
                () -> assertFalse(publishedAt.isBefore(before.minusSeconds(1)), "published " + publishedAt),
                () -> assertTrue(publishedAt.isBefore(Instant.now().plusSeconds(1)), "published " + publishedAt),
                () -> assertEquals("PUBLISHED", reply.json().getString("status")),
                () -> assertEquals(1, reply.json().getInt("currentRevision")),
                () -> assertTrue(reply.json()
                        .getString("url")
                        .endsWith("/dokument/" + reply.json().getString("slug"))));
    }

    @Test
    void anAmendmentAddsARevisionAndLeavesThePublishedOneExactlyAsItWas() {
        JsonObject doc = published(api, unique("Zarządzenie"), "<p>Pierwsza treść zarządzenia.</p>");
        String path = "api/v1/documents/" + doc.getInt("id");
        JsonObject first = api.get(path + "/revisions/1").json();

        Reply amended = api.as("naczelny", "naczelny")
                .put(path, amendment("Zarządzenie zmienione", "<p>Druga treść.</p>", "Korekta omyłki", 1));
        assertEquals(200, amended.status(), amended.body());

        assertEquals(first, api.get(path + "/revisions/1").json(), "revision 1 must not change");
        JsonObject second = api.get(path + "/revisions/2").json();
        assertEquals("<p>Druga treść.</p>", second.getString("body"));
        assertEquals("Korekta omyłki", second.getString("reason"));
        assertNotEquals(first.getString("contentHash"), second.getString("contentHash"));
        JsonArray history = api.get(path + "/revisions").structure().asJsonArray();
        assertEquals(2, history.size());
        JsonObject view = api.get(path).json();
        assertEquals(2, view.getInt("currentRevision"));
        assertEquals("Zarządzenie zmienione", view.getString("title"));
        assertEquals(
                first.getString("publishedAt"), view.getJsonObject("metadata").getString("publishedAt"));
        assertEquals(
                second.getString("publishedAt"), view.getJsonObject("metadata").getString("modifiedAt"));
    }

    @Test
    void everyAmendmentNeedsAReason() {
        JsonObject doc = published(api, unique("Ogłoszenie"), "<p>Treść</p>");
        Reply reply = api.as("naczelny", "naczelny")
                .put("api/v1/documents/" + doc.getInt("id"), amendment("Ogłoszenie", "<p>Inna treść</p>", "  ", 1));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(
                "reason", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, api.get("api/v1/documents/" + doc.getInt("id")).json().getInt("currentRevision"));
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamed() {
        String future = LocalDate.now().plusDays(3).toString();
        Reply reply = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        Json.createObjectBuilder()
                                .add("title", "")
                                .add("categoryId", 999999)
                                .addNull("author")
                                .add("createdOn", future)
                                .add("body", "")
                                .build()
                                .toString());
        assertEquals(400, reply.status(), reply.body());
        String errors = reply.json().getJsonArray("errors").toString();
        for (String field : new String[] {"title", "categoryId", "author", "authorPosition", "createdOn", "body"}) {
            assertTrue(errors.contains("\"field\":\"" + field + "\""), field + " missing from " + errors);
        }
        Reply badDate = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        JsonBodies.newDocument(Documents.category(), "Tytuł", "<p>x</p>", false)
                                .add("createdOn", "8.10.2015")
                                .build()
                                .toString());
        assertEquals(400, badDate.status());
        assertEquals(
                "createdOn",
                badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void bodiesAreSanitized() {
        JsonObject doc = published(
                api,
                unique("Komunikat"),
                "<p onclick=\"steal()\">Ważne <a href=\"javascript:alert(1)\">tu</a> i <a href=\"https://bip.gov.pl\">tam</a>"
                        + "<script>alert('x')</script><img src=\"x\" onerror=\"alert(2)\" alt=\"a\"></p><style>p{}</style>");
        String body = api.get("api/v1/documents/" + doc.getInt("id") + "/revisions/1")
                .json()
                .getString("body");
        assertAll(
                () -> assertFalse(body.contains("script"), body),
                () -> assertFalse(body.contains("onclick"), body),
                () -> assertFalse(body.contains("onerror"), body),
                () -> assertFalse(body.contains("javascript:"), body),
                () -> assertFalse(body.contains("<style"), body),
                () -> assertTrue(body.contains("Ważne"), body),
                () -> assertTrue(body.contains("href=\"https://bip.gov.pl\""), body));
    }

    @Test
    void draftsAreInvisibleWithoutARole() {
        Reply created = api.as("redaktor", "redaktor")
                .post("api/v1/documents", newDocument(unique("Projekt"), "<p>Szkic</p>", false));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals(404, api.get("api/v1/documents/" + id).status());
        assertEquals(404, api.get("api/v1/documents/" + id + "/revisions/1").status());
        // by slug: "id":N also occurs as a category's id in the list
        assertFalse(api.get("api/v1/documents?size=100")
                .body()
                .contains("\"slug\":\"" + created.json().getString("slug") + "\""));
        assertEquals(
                200,
                api.as("redaktor", "redaktor").get("api/v1/documents/" + id).status());
        assertEquals(
                200,
                api.as("naczelny", "naczelny").get("api/v1/documents/" + id).status());
    }

    @Test
    void writesWithoutTheRightRoleAreRefusedAndLogged() {
        long refusedBefore = DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED'");
        long failedBefore =
                DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'FAILURE' AND action = 'LOGIN'");
        long documentsBefore = DirectSql.count("SELECT COUNT(*) FROM document");

        assertEquals(
                401,
                api.post("api/v1/documents", newDocument("Anonim", "<p>x</p>", true))
                        .status());
        assertEquals(
                403,
                api.as("redaktor", "redaktor")
                        .post("api/v1/documents", newDocument("Bez prawa", "<p>x</p>", true))
                        .status());
        assertEquals(
                403,
                api.as("audytor", "audytor")
                        .post("api/v1/documents", newDocument("Audytor", "<p>x</p>", false))
                        .status());
        Reply wrongPassword =
                api.as("naczelny", "zle-haslo").post("api/v1/documents", newDocument("Zle", "<p>x</p>", true));
        assertEquals(401, wrongPassword.status());
        assertTrue(wrongPassword.body().contains("errors"), wrongPassword.body());

        assertEquals(refusedBefore + 3, DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REFUSED'"));
        assertEquals(
                failedBefore + 1,
                DirectSql.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'FAILURE' AND action = 'LOGIN'"));
        assertEquals(documentsBefore, DirectSql.count("SELECT COUNT(*) FROM document"));
    }

    @Test
    void withdrawalKeepsEveryRevisionReadable() {
        JsonObject doc = published(api, unique("Przetarg"), "<p>Ogłaszam przetarg.</p>");
        String path = "api/v1/documents/" + doc.getInt("id");
        assertEquals(
                200,
                api.as("naczelny", "naczelny")
                        .put(path, amendment("Przetarg", "<p>Ogłaszam przetarg nieograniczony.</p>", "Uzupełnienie", 1))
                        .status());

        Reply missingBasis =
                api.as("naczelny", "naczelny").post(path + "/withdrawal", "{\"reason\":\"Unieważnienie\"}");
        assertEquals(400, missingBasis.status());
        assertEquals(
                "legalBasis",
                missingBasis.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply withdrawn = api.as("naczelny", "naczelny")
                .post(
                        path + "/withdrawal",
                        "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        JsonObject view = api.get(path).json();
        assertEquals("WITHDRAWN", view.getString("status"));
        JsonObject tombstone = view.getJsonObject("withdrawal");
        assertEquals("Unieważnienie postępowania", tombstone.getString("reason"));
        assertEquals("art. 255 pkt 1 Pzp", tombstone.getString("legalBasis"));
        assertEquals("Rafał Jaworski", tombstone.getString("by"));
        assertEquals(2, api.get(path + "/revisions").structure().asJsonArray().size());
        assertEquals(
                "<p>Ogłaszam przetarg.</p>",
                api.get(path + "/revisions/1").json().getString("body"));
        assertEquals(200, api.get(path + "/revisions/2").status());
        assertEquals(
                409,
                api.as("naczelny", "naczelny")
                        .put(path, amendment("Przetarg", "<p>x</p>", "Po wycofaniu", 2))
                        .status());
    }

    @Test
    void registerRecordsEveryChangeWithTheRevisionsContentHash() {
        JsonObject doc = published(api, unique("Uchwała"), "<p>Uchwała nr 1.</p>");
        long id = doc.getJsonNumber("id").longValue();
        api.as("naczelny", "naczelny")
                .put("api/v1/documents/" + id, amendment("Uchwała", "<p>Uchwała nr 1 z poprawką.</p>", "Poprawka", 1));
        long lastSeq = DirectSql.count("SELECT MAX(seq) FROM register_entry");
        JsonArray entries = api.get("api/v1/register?after=" + (lastSeq - 3) + "&limit=10")
                .json()
                .getJsonArray("items");
        JsonObject amended = entries.getJsonObject(entries.size() - 1);
        assertEquals("AMENDED", amended.getString("action"));
        assertEquals(id, amended.getJsonNumber("documentId").longValue());
        assertEquals(2, amended.getInt("revision"));
        assertEquals("Poprawka", amended.getString("reason"));
        assertEquals(
                api.get("api/v1/documents/" + id + "/revisions/2").json().getString("contentHash"),
                amended.getString("contentHash"));
        JsonObject before = entries.getJsonObject(entries.size() - 2);
        assertEquals(before.getString("hash"), amended.getString("prevHash"));
        assertEquals(lastSeq, amended.getJsonNumber("seq").longValue());
    }

    @Test
    void unknownDocumentsAre404() {
        assertEquals(404, api.get("api/v1/documents/987654321").status());
        assertEquals(404, api.get("api/v1/documents/1/revisions/99").status());
    }

    @Test
    void listIsPagedNewestFirst() {
        JsonObject page = api.get("api/v1/documents?page=0&size=3").json();
        assertEquals(3, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 12);
        Instant previous = Instant.MAX;
        for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            Instant at = Instant.parse(item.getJsonObject("metadata").getString("publishedAt"));
            assertFalse(at.isAfter(previous));
            previous = at;
        }
        assertTrue(Duration.between(previous, Instant.now()).toDays() < 3650);
    }
}
