package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import pl.metryka.test.JsonBodies;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    private static final byte[] PDF = "%PDF-1.4\n% Uchwała nr 1\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @ArquillianResource
    private URL base;

    @Test
    void filesAreStoredWithTheirHashAndServedByteForByte() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        Reply created = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        document(
                                file("Uchwała nr 1.pdf", "application/pdf", PDF, null),
                                file("mapa.png", "image/png", PNG, "Mapa sołectwa Bogucin Mały")));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        JsonArray files =
                api.get("api/v1/documents/" + id + "/revisions/1").json().getJsonArray("attachments");
        assertEquals(2, files.size());
        JsonObject pdf = files.getJsonObject(0);
        assertEquals("Uchwała nr 1.pdf", pdf.getString("fileName"));
        assertEquals(PDF.length, pdf.getInt("size"));
        assertEquals(sha256(PDF), pdf.getString("sha256"));
        assertEquals("Mapa sołectwa Bogucin Mały", files.getJsonObject(1).getString("description"));

        String slug = created.json().getString("slug");
        HttpResponse<byte[]> download = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(api.uri("dokument/" + slug + "/wersja/1/zalacznik/0/plik.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("filename*=UTF-8''Uchwa%C5%82a%20nr%201.pdf"));

        String page = ApiClient.http()
                .send(HttpRequest.newBuilder(api.uri("dokument/" + slug)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(page.contains(sha256(PDF)), "the page shows the SHA-256 of each attachment");
        assertTrue(
                page.contains("alt=\"Powiększ zdjęcie Mapa sołectwa Bogucin Mały\""),
                "the gallery's link names the photo by its alt text");
        assertTrue(page.contains("<figcaption>Mapa sołectwa Bogucin Mały</figcaption>"), "and captions it");

        Reply amended = api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + id,
                        JsonBodies.amendment("Uchwała z mapą", "<p>Poprawiona treść.</p>", "Korekta", 1)
                                .add("createdOn", LocalDate.now().toString())
                                .build()
                                .toString());
        assertEquals(200, amended.status(), amended.body());
        assertEquals(
                2,
                api.get("api/v1/documents/" + id + "/revisions/2")
                        .json()
                        .getJsonArray("attachments")
                        .size(),
                "an amendment without files keeps the current ones");
    }

    /**
     * Issue 16: citizens saw the MIME type and a SHA-256 but never the description the clerk typed.
     * Before: the description of a PDF appeared nowhere on the page, only „application/pdf”.
     */
    @Test
    void citizensSeeTheDescriptionTheKindAndTheSizeWithTheHashFolded() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        byte[] pdf = (new String(PDF, StandardCharsets.UTF_8) + "%" + "x".repeat(250_000) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Reply created = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        document(
                                file(
                                        "uchwala-12.pdf",
                                        "application/pdf",
                                        pdf,
                                        "Uchwała nr XII/12/2026 z uzasadnieniem"),
                                file("bez-opisu.pdf", "application/pdf", PDF, null)));
        assertEquals(201, created.status(), created.body());
        String page = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(
                                        api.uri("dokument/" + created.json().getString("slug")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String list = page.substring(
                page.indexOf("attachments__list"), page.indexOf("</ul>", page.indexOf("attachments__list")));
        assertTrue(
                list.matches(
                        "(?s).*<a class=\"attachment__link\" href=\"[^\"]+\">Uchwała nr XII/12/2026 z uzasadnieniem</a>\\s*"
                                + "<span class=\"attachment__meta\">\\(PDF, 244 kB\\)</span>.*"),
                list);
        assertTrue(list.contains("Plik: uchwala-12.pdf"), "the file name under the description: " + list);
        assertTrue(
                list.matches("(?s).*>bez-opisu.pdf</a>\\s*<span class=\"attachment__meta\">\\(PDF, \\d+ B\\)</span>.*"),
                list);
        assertTrue(
                list.matches(
                        "(?s).*<details class=\"attachment__hash\">\\s*<summary>Skrót SHA-256</summary>\\s*<code class=\"hash\">"
                                + sha256(pdf) + "</code>.*"),
                "the hash is there, folded: " + list);
        assertTrue(!list.contains("application/pdf"), "no MIME type for readers: " + list);
    }

    @Test
    void refusedFilesAreNamedAndNothingIsCreated() {
        ApiClient api = ApiClient.anonymous(base);
        Reply reply = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        document(
                                file(
                                        "strona.html",
                                        "text/html",
                                        "<script>x</script>".getBytes(StandardCharsets.UTF_8),
                                        null),
                                file(
                                        "udaje.pdf",
                                        "application/pdf",
                                        "MZ not a pdf".getBytes(StandardCharsets.UTF_8),
                                        null),
                                file("zdjecie.png", "image/png", PNG, " ")));
        assertEquals(400, reply.status(), reply.body());
        String errors = reply.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("attachments[0].mediaType"), errors);
        assertTrue(errors.contains("attachments[1].content"), errors);
        assertTrue(errors.contains("attachments[2].description"), errors);
    }

    private static String document(JsonObjectBuilder... files) {
        long category = DirectSql.count("SELECT id FROM category WHERE slug = 'aktualnosci'");
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        for (JsonObjectBuilder file : files) {
            attachments.add(file);
        }
        return JsonBodies.newDocument(
                        category, "Uchwała z załącznikami " + System.nanoTime(), "<p>Treść uchwały.</p>", true)
                .add("createdOn", LocalDate.now().toString())
                .add("attachments", attachments)
                .build()
                .toString();
    }

    private static JsonObjectBuilder file(String name, String type, byte[] content, String description) {
        return JsonBodies.attachment(name, type, content).add("description", JsonBodies.text(description));
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
