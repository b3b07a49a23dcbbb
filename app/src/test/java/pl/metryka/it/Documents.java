package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.UUID;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

/**
 * Request bodies and shortcuts shared by the API tests, and by the browser tests that prepare
 * their documents through the API (hence public).
 */
public final class Documents {

    private Documents() {}

    public static long category() {
        return DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
    }

    public static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newDocument(String title, String body, boolean publish) {
        return JsonBodies.newDocument(category(), title, body, publish).build().toString();
    }

    public static String amendment(String title, String body, String reason, int baseRevision) {
        return JsonBodies.amendment(title, body, reason, baseRevision).build().toString();
    }

    /** Publishes a new document as the demo editor-in-chief and returns its JSON. */
    public static JsonObject published(ApiClient api, String title, String body) {
        ApiClient.Reply reply = api.as("naczelny", "naczelny").post("api/v1/documents", newDocument(title, body, true));
        if (reply.status() != 201) {
            throw new AssertionError("could not publish: " + reply);
        }
        return reply.json();
    }

    /** {@link #published}, for the tests that need only its id. */
    public static long publishedId(ApiClient api, String title, String body) {
        return published(api, title, body).getJsonNumber("id").longValue();
    }

    /** Amends the first revision of a document as the demo editor-in-chief, which must be accepted. */
    public static void amend(ApiClient api, long id, String title, String body, String reason) {
        ApiClient.Reply reply =
                api.as("naczelny", "naczelny").put("api/v1/documents/" + id, amendment(title, body, reason, 1));
        assertEquals(200, reply.status(), reply.body());
    }

    /** The register entry (its seq) that published the document. */
    public static long publicationSeq(long documentId) {
        return DirectSql.count(
                "SELECT seq FROM register_entry WHERE document_id = ? AND action = 'PUBLISHED'", documentId);
    }
}
