package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/**
 * Issue 16: a published document moved to another category with a reason — recorded in the change
 * register (MOVED, the current revision and its unchanged hash) and the audit log, shown in the
 * document's history, and both category pages, kept in the page cache, show it at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentMoveIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPublishedDocumentMovesToAnotherCategoryWithItsReasonRecorded() throws Exception {
        String title = unique("Ogłoszenie do przeniesienia");
        JsonObject doc = published(ApiClient.anonymous(base), title, "<p>Treść ogłoszenia.</p>");
        long id = doc.getJsonNumber("id").longValue();
        String slug = doc.getString("slug");
        String from = DirectSql.string(
                "SELECT c.slug FROM document d JOIN category c ON c.id = d.category_id WHERE d.id = ?", id);
        long fromId = DirectSql.count("SELECT category_id FROM document WHERE id = ?", id);
        // a leaf elsewhere in the menu: a category page lists its subcategories' documents too
        long toId = DirectSql.count(
                "SELECT MIN(c.id) FROM category c WHERE c.id <> ? AND (c.parent_id IS NULL OR c.parent_id <> ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id)",
                fromId,
                fromId);
        String to = DirectSql.string("SELECT slug FROM category WHERE id = ?", toId);
        String toName = DirectSql.string("SELECT name FROM category WHERE id = ?", toId);
        // both category pages kept in the page cache before the move
        assertTrue(page("kategoria/" + from).contains(title));
        assertTrue(page("kategoria/" + from).contains(title));
        assertFalse(page("kategoria/" + to).contains(title));
        assertFalse(page("kategoria/" + to).contains(title));
        long registerBefore = DirectSql.count("SELECT COUNT(*) FROM register_entry");

        assertEquals(
                403, move("redaktor", id, toId, "Porządki").status(), "a REDAKTOR does not move published documents");
        ApiClient.Reply noReason = move("naczelny", id, toId, " ");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(
                "reason",
                noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(noReason.body().contains("Pole „Powód przeniesienia”"), noReason.body());
        ApiClient.Reply same = move("naczelny", id, fromId, "Bez zmiany");
        assertEquals(400, same.status(), same.body());
        assertEquals(
                "categoryId",
                same.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(registerBefore, DirectSql.count("SELECT COUNT(*) FROM register_entry"), "refusals record nothing");

        ApiClient.Reply moved = move("naczelny", id, toId, "Ogłoszenie dotyczy innego działu");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(toId, DirectSql.count("SELECT category_id FROM document WHERE id = ?", id));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'MOVED' AND revision = 1"
                                + " AND content_hash = (SELECT content_hash FROM register_entry WHERE document_id = ?"
                                + " AND action = 'PUBLISHED') AND reason LIKE ?",
                        id,
                        id,
                        "%do „" + toName + "”: Ogłoszenie dotyczy innego działu"),
                DirectSql.string(
                        "SELECT GROUP_CONCAT(CONCAT(action, ' ', IFNULL(reason, ''))) FROM register_entry WHERE document_id = ?",
                        id));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'REGISTER_MOVED' AND target = ?",
                        "document:" + id),
                "the move is in the audit log");

        assertFalse(page("kategoria/" + from).contains(title), "the old category's kept page was dropped");
        assertTrue(page("kategoria/" + to).contains(title), "the new category's kept page was dropped");
        String document = page("dokument/" + slug);
        assertTrue(document.contains("Ogłoszenie dotyczy innego działu"), "the history shows the move");
        assertTrue(document.contains("Przeniesiono z kategorii"), "the history shows the move");
        assertTrue(page("rejestr-zmian").contains("Przeniesiono do innej kategorii"), "the public register shows it");

        JsonObject verified =
                ApiClient.anonymous(base).get("api/v1/register/verify").json();
        assertTrue(verified.getBoolean("valid"), verified.toString());
    }

    private ApiClient.Reply move(String user, long id, long categoryId, String reason) {
        return ApiClient.anonymous(base)
                .as(user, user)
                .post(
                        "api/v1/documents/" + id + "/category",
                        Json.createObjectBuilder()
                                .add("categoryId", categoryId)
                                .add("reason", reason)
                                .build()
                                .toString());
    }

    private String page(String path) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpResponse<String> reply = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(URI.create(root).resolve(path))
                                .timeout(Duration.ofSeconds(60))
                                .header("User-Agent", HumanVisitsIT.CHROME)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, reply.statusCode(), path);
        return reply.body();
    }
}
