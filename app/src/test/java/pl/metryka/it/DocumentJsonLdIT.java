package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amend;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.HtmlChecker;
import pl.metryka.test.JsonBodies;

/** schema.org DigitalDocument metadata in JSON-LD on the document page and on each version page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentJsonLdIT {

    private static final Pattern LD =
            Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    @ArquillianResource
    private URL base;

    @Test
    void theDocumentPageDescribesTheDocumentWithItsDatesAndVersion() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Ogłoszenie <o> naborze & \"konkursie\"");
        JsonObject doc = published(api, title, "<p>Treść ogłoszenia.</p>");
        int id = doc.getInt("id");
        amend(api, id, title, "<p>Treść poprawiona.</p>", "Zmiana terminu");
        JsonObject metadata = api.get("api/v1/documents/" + id).json().getJsonObject("metadata");
        JsonObject first = api.get("api/v1/documents/" + id + "/revisions/1").json();
        JsonObject second = api.get("api/v1/documents/" + id + "/revisions/2").json();

        String html = Http.text(Http.get(Http.app(base, "dokument/" + doc.getString("slug"))));
        JsonObject ld = jsonLd(html);
        assertEquals("https://schema.org", ld.getString("@context"));
        assertEquals("DigitalDocument", ld.getString("@type"));
        assertEquals(title, ld.getString("name"), "markup in the title survives as text");
        assertEquals("2", ld.getString("version"));
        assertEquals("pl", ld.getString("inLanguage"));
        assertEquals(Http.published("dokument/" + doc.getString("slug")).toString(), ld.getString("url"));
        assertEquals(metadata.getString("createdOn"), ld.getString("dateCreated"));
        assertEquals(Instant.parse(metadata.getString("publishedAt")), Instant.parse(ld.getString("datePublished")));
        assertEquals(Instant.parse(second.getString("publishedAt")), Instant.parse(ld.getString("dateModified")));
        assertEquals("Jan Kowalski", ld.getJsonObject("creator").getString("name"));
        assertEquals("sekretarz gminy", ld.getJsonObject("creator").getString("jobTitle"));
        assertEquals("GovernmentOrganization", ld.getJsonObject("publisher").getString("@type"));
        assertEquals("Urząd Gminy Klucze", ld.getJsonObject("publisher").getString("name"));
        assertEquals(
                second.getString("contentHash"), ld.getJsonObject("identifier").getString("value"));
        List<String> parts = ld.getJsonArray("isPartOf").stream()
                .map(p -> p.asJsonObject().getString("@type"))
                .toList();
        assertEquals(List.of("WebSite", "CollectionPage"), parts);

        String versionHtml = Http.text(Http.get(Http.app(base, "dokument/" + doc.getString("slug") + "/wersja/1")));
        JsonObject version = jsonLd(versionHtml);
        assertEquals("1", version.getString("version"));
        assertTrue(version.getString("url").endsWith("/dokument/" + doc.getString("slug") + "/wersja/1"));
        assertEquals(Instant.parse(first.getString("publishedAt")), Instant.parse(version.getString("dateModified")));
        assertEquals(ld.getString("url"), version.getJsonObject("exampleOfWork").getString("url"));

        assertEquals(List.of(), HtmlChecker.errors(html), "still valid HTML");
    }

    @Test
    void attachmentsAreDescribedWithTheirHashes() {
        byte[] pdf = "%PDF-1.4\n% Plan\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String body = JsonBodies.newDocument(Documents.category(), unique("Plan z załącznikiem"), "<p>Plan.</p>", true)
                .add("createdOn", "2026-01-05")
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(JsonBodies.attachment("plan.pdf", "application/pdf", pdf)
                                        .add("description", "Plan sieci")))
                .build()
                .toString();
        ApiClient.Reply created =
                ApiClient.anonymous(base).as("naczelny", "naczelny").post("api/v1/documents", body);
        assertEquals(201, created.status(), created.toString());
        String html =
                Http.text(Http.get(Http.app(base, "dokument/" + created.json().getString("slug"))));
        JsonObject ld = jsonLd(html);
        assertTrue(ld.containsKey("hasPart"), ld.toString());
        JsonObject part = ld.getJsonArray("hasPart").getJsonObject(0);
        assertEquals("MediaObject", part.getString("@type"));
        assertTrue(part.getString("sha256").matches("[0-9a-f]{64}"));
        assertEquals("application/pdf", part.getString("encodingFormat"));
        assertEquals("Plan sieci", part.getString("description"));
        assertEquals(200, Http.get(URI.create(part.getString("contentUrl"))).statusCode());
    }

    private static JsonObject jsonLd(String html) {
        Matcher m = LD.matcher(html);
        assertTrue(m.find(), "a JSON-LD block in the page");
        String block = m.group(1);
        assertFalse(block.contains("<"), "nothing in the block can close the script element");
        JsonObject json = Json.createReader(new StringReader(block)).readObject();
        assertFalse(m.find(), "exactly one JSON-LD block");
        return json;
    }
}
