package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.newDocument;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

/** A scheduled document goes public by itself, and its metryka records the real moment, not the planned one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledPublicationIT {

    @ArquillianResource
    private URL base;

    @Test
    void aScheduledDocumentIsPublishedByTheTimerAtTheActualMoment() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient chief = api.as("naczelny", "naczelny");
        Reply draft = api.as("redaktor", "redaktor")
                .post("api/v1/documents", newDocument(unique("Obwieszczenie planowane"), "<p>Treść.</p>", false));
        assertEquals(201, draft.status(), draft.body());
        long id = draft.json().getJsonNumber("id").longValue();

        Reply past = chief.post("api/v1/documents/" + id + "/publication", "{\"at\":\"2020-01-01T10:00:00+01:00\"}");
        assertEquals(409, past.status(), "a publication time in the past is refused: " + past.body());

        // margin for the request (its PBKDF2 login check) on a loaded 2-core machine: 2 s was once too little
        Instant planned = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        Reply scheduled = chief.post(
                "api/v1/documents/" + id + "/publication",
                JsonBodies.publicationAt(planned).build().toString());
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals("SCHEDULED", scheduled.json().getString("status"));
        assertEquals(404, api.get("api/v1/documents/" + id).status(), "not public before its time");

        JsonObject published = null;
        for (int i = 0; i < 50 && published == null; i++) {
            Thread.sleep(1000);
            Reply reply = api.get("api/v1/documents/" + id);
            if (reply.status() == 200) {
                published = reply.json();
            }
        }
        assertTrue(published != null, "the timer published it within 50 s");
        assertEquals("PUBLISHED", published.getString("status"));
        Instant actual = Instant.parse(published.getJsonObject("metadata").getString("publishedAt"));
        assertFalse(actual.isBefore(planned), "published " + actual + " not before the planned " + planned);
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'PUBLISHED'", id));
        assertEquals(
                actual,
                Instant.parse(DirectSql.string(
                        "SELECT DATE_FORMAT(at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM register_entry WHERE document_id = ? AND action = 'PUBLISHED'",
                        id)),
                "the register records the actual moment");
    }
}
