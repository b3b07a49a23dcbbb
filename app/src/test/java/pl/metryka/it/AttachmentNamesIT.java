package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;
import pl.metryka.test.InflatingPdf;
import pl.metryka.test.JsonBodies;

/** Issue 14 item 10: attachment names tied to their type and free of hidden characters; bounded PDF text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentNamesIT {

    private static final byte[] PDF = "%PDF-1.4\n% Uchwała nr 12\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @ArquillianResource
    private URL base;

    @Test
    void aPdfNamedAsAProgramIsRefusedNamingTheField() {
        long documents = DirectSql.count("SELECT COUNT(*) FROM document");
        Reply reply = ApiClient.anonymous(base)
                .as("naczelny", "naczelny")
                .post("api/v1/documents", document(file("Uchwala-nr-12.bat", PDF), file("Ogloszenie.hta", PDF)));
        assertEquals(400, reply.status(), reply.body());
        String errors = reply.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("attachments[0].fileName") && errors.contains("attachments[1].fileName"), errors);
        assertTrue(errors.contains(".pdf"), "the message names the right ending: " + errors);
        assertEquals(documents, DirectSql.count("SELECT COUNT(*) FROM document"));
    }

    @Test
    void rightToLeftOverrideAndNulAreRemovedFromTheStoredAndServedName() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        // shown as "Fakturaexe.pdf" by a right-to-left-aware view if U+202E were kept
        Reply created = api.as("naczelny", "naczelny")
                .post("api/v1/documents", document(file("Faktura\u202Eexe\u0000.pdf", PDF)));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject attachment = api.get("api/v1/documents/" + id + "/revisions/1")
                .json()
                .getJsonArray("attachments")
                .getJsonObject(0);
        assertEquals("Fakturaexe.pdf", attachment.getString("fileName"));

        HttpResponse<byte[]> download = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(api.uri("dokument/"
                                        + created.json().getString("slug") + "/wersja/1/zalacznik/0/plik.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String disposition =
                download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("Fakturaexe.pdf"), disposition);
        assertFalse(disposition.contains("%E2%80%AE") || disposition.contains("%00"), disposition);
    }

    /** Issue 14: a 458 KB PDF inflating to 150 MB held its upload for 20 s inside the transaction. */
    @Test
    void aPdfWhoseContentInflatesHugelyIsUploadedQuicklyWithItsTextCapped() throws Exception {
        byte[] bomb = InflatingPdf.of("Uchwala nr 12", 150L * 1024 * 1024, "BT (x) Tj ET\n");
        long start = System.nanoTime();
        Reply created = ApiClient.anonymous(base)
                .as("naczelny", "naczelny")
                .post("api/v1/documents", document(file("Uchwala-nr-12.pdf", bomb)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(201, created.status(), created.body());
        assertTrue(millis < 5_000, "the upload took " + millis + " ms");
        assertTrue(
                DirectSql.count("SELECT COALESCE(MAX(CHAR_LENGTH(text)), 0) FROM attachment_text WHERE sha256 = '"
                                + sha256(bomb) + "'")
                        <= 2_000_000,
                "the extracted text is capped");
    }

    private static String document(JsonObjectBuilder... files) {
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        for (JsonObjectBuilder file : files) {
            attachments.add(file);
        }
        return JsonBodies.newDocument(
                        Documents.category(), "Załączniki i ich nazwy " + System.nanoTime(), "<p>Treść.</p>", true)
                .add("createdOn", LocalDate.now().toString())
                .add("attachments", attachments)
                .build()
                .toString();
    }

    private static JsonObjectBuilder file(String name, byte[] content) {
        return JsonBodies.attachment(name, "application/pdf", content);
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
