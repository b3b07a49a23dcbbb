package pl.metryka.it;

import jakarta.json.JsonObject;
import java.util.UUID;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

/** Request bodies and shortcuts shared by the API tests. */
final class Documents {

    private Documents() {}

    static long category() {
        return DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newDocument(String title, String body, boolean publish) {
        return JsonBodies.newDocument(category(), title, body, publish).build().toString();
    }

    static String amendment(String title, String body, String reason, int baseRevision) {
        return JsonBodies.amendment(title, body, reason, baseRevision).build().toString();
    }

    /** Publishes a new document as the demo editor-in-chief and returns its JSON. */
    static JsonObject published(ApiClient api, String title, String body) {
        ApiClient.Reply reply = api.as("naczelny", "naczelny").post("api/v1/documents", newDocument(title, body, true));
        if (reply.status() != 201) {
            throw new AssertionError("could not publish: " + reply);
        }
        return reply.json();
    }
}
