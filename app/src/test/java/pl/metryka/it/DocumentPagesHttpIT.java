package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amendment;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/** The citizen pages seen over plain HTTP: status codes, caching, visit counting, the PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentPagesHttpIT {

    private static final HttpClient HTTP = ApiClient.http();

    @ArquillianResource
    private URL base;

    @Test
    void thePdfHasTheTitleTheMetrykaAndIntactPolishLetters() throws Exception {
        HttpResponse<byte[]> pdf =
                send("GET", "dokument/kluczewski-klaster/pdf", null, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        assertFalse(reader.isEncrypted(), "a BIP PDF must never be locked");
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Kluczewski klaster"), all);
        assertTrue(all.contains("Metryka"), all);
        assertTrue(all.contains("Rejestr zmian"), all);
        assertTrue(all.contains("Rafał Jaworski"), all);
        assertTrue(all.contains("Stowarzyszenie „Ziemia Kluczewska”"), all);
        assertEquals("Kluczewski klaster", reader.getInfo().get("Title"));
    }

    @Test
    void versionsAreImmutableAndCachedWhileTheCurrentPageRevalidates() throws Exception {
        HttpResponse<String> version =
                send("GET", "dokument/kluczewski-klaster/wersja/1", null, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, version.statusCode());
        String etag = version.headers().firstValue("ETag").orElseThrow();
        assertTrue(version.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        HttpResponse<String> again =
                send("GET", "dokument/kluczewski-klaster/wersja/1", etag, HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());

        HttpResponse<String> current =
                send("GET", "dokument/kluczewski-klaster", null, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, current.statusCode());
        assertTrue(current.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("frame-ancestors 'self'"));
        assertEquals(
                "nosniff",
                current.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                current.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-cache", current.headers().firstValue("Cache-Control").orElse(""));
        assertNotNull(current.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void aVersionsFilesRevalidateByTheirHashAndErrorsAreNotKeptForAYear() throws Exception {
        String files = "dokument/kluczewski-klaster/wersja/1/";
        HttpResponse<byte[]> photo =
                send("GET", files + "zalacznik/0/klaster-1.jpg", null, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertTrue(photo.headers().firstValue("Cache-Control").orElse("").contains("immutable"));

        HttpResponse<byte[]> same =
                send("GET", files + "zalacznik/0/klaster-1.jpg", etag, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, same.statusCode());
        assertEquals(etag, same.headers().firstValue("ETag").orElse(""));
        // the thumbnail's tag is the file's hash too: known without rendering it
        String thumbnailEtag = etag.replaceAll("\"$", "-t\"");
        HttpResponse<byte[]> small =
                send("GET", files + "miniatura/0", thumbnailEtag, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, small.statusCode());
        assertTrue(small.headers().firstValue("Cache-Control").orElse("").contains("immutable"));

        for (String missing : new String[] {"zalacznik/99/nic.pdf", "miniatura/99"}) {
            HttpResponse<byte[]> none = send("GET", files + missing, etag, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(404, none.statusCode(), missing);
            assertFalse(none.headers().firstValue("Cache-Control").orElse("").contains("immutable"), missing);
            // the container's error page may carry its own tag, never the file's
            assertFalse(none.headers().allValues("ETag").contains(etag), missing);
        }
    }

    @Test
    void onlyGetsOfTheCurrentPageCountAsVisits() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Ogłoszenie o naborze"), "<p>Nabór na stanowisko.</p>");
        String slug = doc.getString("slug");
        api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + doc.getInt("id"),
                        amendment(
                                "Ogłoszenie o naborze", "<p>Nabór na stanowisko urzędnicze.</p>", "Doprecyzowanie", 1));

        for (int i = 0; i < 3; i++) {
            assertEquals(
                    200,
                    send("GET", "dokument/" + slug, null, HttpResponse.BodyHandlers.discarding())
                            .statusCode());
        }
        send("HEAD", "dokument/" + slug, null, HttpResponse.BodyHandlers.discarding());
        send("GET", "dokument/" + slug + "/drukuj", null, HttpResponse.BodyHandlers.discarding());
        send("GET", "dokument/" + slug + "/pdf", null, HttpResponse.BodyHandlers.discarding());
        send("GET", "dokument/" + slug + "/wersja/1", null, HttpResponse.BodyHandlers.discarding());
        send("GET", "dokument/" + slug + "/porownaj?od=1&do=2", null, HttpResponse.BodyHandlers.discarding());

        assertEquals(
                3,
                api.get("api/v1/documents/" + doc.getInt("id"))
                        .json()
                        .getJsonObject("metadata")
                        .getInt("visits"));
    }

    @Test
    void unknownAddressesAre404AndWithdrawnDocumentsStayReadableWithTheirBanner() throws Exception {
        assertEquals(
                404,
                send("GET", "dokument/nie-ma-takiego", null, HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        assertEquals(
                404,
                send("GET", "dokument/kluczewski-klaster/wersja/99", null, HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        assertEquals(
                403,
                send("GET", "citizen/document.xhtml", null, HttpResponse.BodyHandlers.discarding())
                        .statusCode());

        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Przetarg na dowóz uczniów"), "<p>Ogłoszenie przetargu na dowóz.</p>");
        api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + doc.getInt("id") + "/withdrawal",
                        "{\"reason\":\"Unieważnienie postępowania\",\"legalBasis\":\"art. 255 pkt 1 Pzp\"}");
        HttpResponse<String> tombstone =
                send("GET", "dokument/" + doc.getString("slug"), null, HttpResponse.BodyHandlers.ofString());
        // 200, not 410: search engines keep the address, readers see why it is no longer in force
        assertEquals(200, tombstone.statusCode());
        assertTrue(tombstone.body().contains("role=\"status\""), "the banner is announced");
        assertTrue(tombstone.body().contains("Dokument wycofany"));
        assertTrue(tombstone.body().contains("Ogłoszenie przetargu na dowóz."), "the last content stays readable");
        assertTrue(tombstone.body().contains("<meta name=\"robots\" content=\"noindex\""));
        assertTrue(tombstone.body().contains("Data wycofania"));
        assertTrue(tombstone.body().contains("Unieważnienie postępowania"));
        assertTrue(tombstone.body().contains("art. 255 pkt 1 Pzp"));
        assertTrue(tombstone.body().contains("Rafał Jaworski"));
        assertEquals(
                200,
                send(
                                "GET",
                                "dokument/" + doc.getString("slug") + "/wersja/1",
                                null,
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }

    private <T> HttpResponse<T> send(String method, String path, String ifNoneMatch, HttpResponse.BodyHandler<T> body)
            throws Exception {
        URI uri = ApiClient.anonymous(base).uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), body);
    }
}
