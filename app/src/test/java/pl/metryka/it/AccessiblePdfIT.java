package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.PdfConformance;

/**
 * Issue 16: "veraPDF reports 0 failures for PDF/UA-1 on document, version and audit PDFs", for
 * the PDFs the running application serves: a document's PDF link, an older version's PDF and the
 * audit log's PDF export, each checked against PDF/UA-1 and PDF/A-2a.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessiblePdfIT {

    private static final String BODY = "<h2>Rozdział 1</h2><p>Zażółć gęślą jaźń, zob. "
            + "<a href=\"https://bip.example.pl/uchwaly\">uchwały</a>.</p>"
            + "<ul><li>pierwszy punkt</li><li>drugi punkt</li></ul>"
            + "<p><img src=\"https://bip.example.pl/mapa.png\" alt=\"Mapa gminy\"></p>"
            + "<table><tr><th>Usługa</th><th>Stawka</th></tr><tr><td>Ścieki</td><td>12 zł</td></tr></table>";

    @ArquillianResource
    private URL base;

    @Test
    void theDocumentItsOlderVersionAndTheAuditLogPdfsConform() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Zarządzenie dostępne");
        JsonObject document = published(api, title, BODY);
        String slug = document.getString("slug");
        long id = document.getJsonNumber("id").longValue();
        amend(api, id, title, BODY + "<p>Poprawka.</p>", "Poprawka");

        assertConforms("dokument/" + slug + "/pdf", pdf("dokument/" + slug + "/pdf"));
        assertConforms("dokument/" + slug + "/wersja/1/pdf", pdf("dokument/" + slug + "/wersja/1/pdf"));
        String audit = "api/v1/audit/events.pdf?document=" + id;
        assertConforms(
                audit,
                pdf(
                        audit,
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("audytor:audytor".getBytes(StandardCharsets.UTF_8))));
    }

    private byte[] pdf(String path, String... headers) {
        HttpResponse<byte[]> response = Http.get(Http.app(base, path), headers);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), path);
        return response.body();
    }

    private static void assertConforms(String path, byte[] pdf) {
        List<String> failures = PdfConformance.failures(pdf);
        assertEquals(List.of(), failures, path + ": veraPDF failed rules:\n" + String.join("\n", failures));
    }
}
