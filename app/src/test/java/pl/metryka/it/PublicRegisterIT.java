package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.newDocument;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/**
 * The public register holds public changes only (issue 12, item 4): a new staff account and a
 * REDAKTOR's draft (and a planned publication) reach the audit log and nothing public — the
 * register API, its CSV, /rejestr-zmian, the Atom feeds, bulletin.json, DCAT — until the draft is
 * published, and then its title appears once, with the publication.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRegisterIT {

    @ArquillianResource
    private URL base;

    @Test
    void accountsAndDraftsReachTheAuditLogButNotThePublicRegisterUntilPublished() {
        ApiClient api = ApiClient.anonymous(base);
        String marker = "TAJNY-SZKIC-" + UUID.randomUUID().toString().substring(0, 8);
        String planned = "PLANOWANY-" + UUID.randomUUID().toString().substring(0, 8);
        String username = "konto-" + UUID.randomUUID().toString().substring(0, 8);
        long before = registerSize(api);

        ApiClient.Reply account = api.as("admin", "admin")
                .post(
                        "api/v1/admin/accounts",
                        JsonBodies.account(username, "Zofia Testowa", "Bardzo długie hasło 2026", "REDAKTOR")
                                .build()
                                .toString());
        assertEquals(201, account.status(), account.body());

        ApiClient.Reply draft = api.as("redaktor", "redaktor")
                .post(
                        "api/v1/documents",
                        newDocument(
                                marker + " Projekt uchwały w sprawie budżetu",
                                "<p>Projekt " + marker + ".</p>",
                                false));
        assertEquals(201, draft.status(), draft.body());
        long draftId = draft.json().getJsonNumber("id").longValue();
        ApiClient.Reply second = api.as("redaktor", "redaktor")
                .post("api/v1/documents", newDocument(planned + " Ogłoszenie planowane", "<p>Później.</p>", false));
        assertEquals(201, second.status(), second.body());
        long plannedId = second.json().getJsonNumber("id").longValue();
        ApiClient.Reply scheduled = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + plannedId + "/publication",
                        JsonBodies.publicationAt(
                                        Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))
                                .build()
                                .toString());
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals(404, api.get("api/v1/documents/" + draftId).status(), "the draft itself is not public");

        // nothing public shows the draft, the planned publication or the account
        for (String secret : List.of(marker, planned, username)) {
            assertNowherePublic(api, before, secret);
        }
        assertEquals(
                List.of(),
                registerSince(api, before).stream()
                        .map(e -> e.getString("action"))
                        .filter(a -> !a.equals("PUBLISHED"))
                        .toList(),
                "nothing but publications since: no draft, schedule or account entries");

        // ... the audit log has each, once
        ApiClient auditor = api.as("audytor", "audytor");
        JsonArray draftEvents =
                auditor.get("api/v1/audit/events?document=" + draftId).json().getJsonArray("items");
        assertEquals(List.of("DOCUMENT_DRAFT_CREATED"), actions(draftEvents), draftEvents.toString());
        assertTrue(draftEvents.getJsonObject(0).getString("detail").contains(marker), draftEvents.toString());
        assertEquals("redaktor", draftEvents.getJsonObject(0).getString("actor"));
        assertEquals(
                List.of("DOCUMENT_SCHEDULED", "DOCUMENT_DRAFT_CREATED"),
                actions(auditor.get("api/v1/audit/events?document=" + plannedId)
                        .json()
                        .getJsonArray("items")));
        JsonArray accountEvents = auditor.get("api/v1/audit/events?actor=admin&action=ACCOUNT_&size=200")
                .json()
                .getJsonArray("items");
        List<String> forAccount = new ArrayList<>();
        for (JsonValue v : accountEvents) {
            JsonObject e = v.asJsonObject();
            if (username.equals(e.getString("target", null))) {
                forAccount.add(e.getString("action") + ": " + e.getString("detail", ""));
            }
        }
        assertEquals(
                List.of("ACCOUNT_CREATE: Utworzono konto; role: REDAKTOR"), forAccount, "one clear event per change");

        // once published, the title is there: with the publication, once
        ApiClient.Reply published =
                api.as("naczelny", "naczelny").post("api/v1/documents/" + draftId + "/publication", "{}");
        assertEquals(200, published.status(), published.body());
        List<JsonObject> withMarker = registerSince(api, before).stream()
                .filter(e -> e.toString().contains(marker))
                .toList();
        assertEquals(1, withMarker.size(), withMarker.toString());
        assertEquals("PUBLISHED", withMarker.get(0).getString("action"));
        assertEquals(draftId, withMarker.get(0).getJsonNumber("documentId").longValue());
        assertEquals(1, occurrences(fetch(api, "api/v1/register.csv").body(), marker));
        assertTrue(fetch(api, "rejestr-zmian").body().contains(marker));
        assertTrue(fetch(api, "kanal/atom").body().contains(marker));
        assertNowherePublic(api, before, planned);
        assertNowherePublic(api, before, username);

        JsonObject verify = api.get("api/v1/register/verify").json();
        assertTrue(verify.getBoolean("valid"), verify.toString());
    }

    private static void assertNowherePublic(ApiClient api, long before, String secret) {
        for (JsonObject e : registerSince(api, before)) {
            assertFalse(e.toString().contains(secret), secret + " in the register API: " + e);
        }
        for (String path : List.of(
                "api/v1/register.csv",
                "rejestr-zmian",
                "kanal/atom",
                "kanal/kategoria/aktualnosci",
                "api/v1/export/bulletin.json",
                "api/v1/dcat",
                "",
                "sitemap.xml")) {
            ApiClient.Reply reply = fetch(api, path);
            assertEquals(200, reply.status(), path + ": " + reply.status());
            assertFalse(reply.body().contains(secret), secret + " is public at /" + path);
        }
    }

    private static List<JsonObject> registerSince(ApiClient api, long after) {
        List<JsonObject> entries = new ArrayList<>();
        while (true) {
            JsonArray items = api.get("api/v1/register?after=" + after + "&limit=1000")
                    .json()
                    .getJsonArray("items");
            if (items.isEmpty()) {
                return entries;
            }
            items.forEach(v -> entries.add(v.asJsonObject()));
            after = items.getJsonObject(items.size() - 1).getJsonNumber("seq").longValue();
        }
    }

    private static long registerSize(ApiClient api) {
        return api.get("api/v1/register/head").json().getJsonNumber("size").longValue();
    }

    private static List<String> actions(JsonArray events) {
        return events.stream().map(v -> v.asJsonObject().getString("action")).toList();
    }

    /** Any resource as a browser or a spreadsheet would fetch it (ApiClient asks for JSON). */
    static ApiClient.Reply fetch(ApiClient api, String path) {
        try {
            HttpResponse<String> response = ApiClient.http()
                    .send(
                            HttpRequest.newBuilder(api.uri(path))
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Reply(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
