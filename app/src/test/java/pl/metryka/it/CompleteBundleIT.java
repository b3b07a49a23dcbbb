package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/**
 * Issue 13: a document bundle proves it is complete. A real bundle from the running WAR is cut
 * (a revision, a redaction) or its {@code document.json} edited, and the real
 * {@code target/metryka-verifier.jar} must reject it naming what is missing or wrong; the
 * untouched bundles verify.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompleteBundleIT {

    private static final String REDACTED_DEMO = "oswiadczenie-majatkowe-sekretarz-gminy-2024";

    @ArquillianResource
    private URL base;

    @Test
    void aBundleWithItsLastAmendmentCutOutIsRejectedNamingIt() throws Exception {
        long id = documentWithThreeRevisions();
        long seq = DirectSql.count(
                "SELECT seq FROM register_entry WHERE document_id = ? AND action = 'AMENDED' AND revision = 3", id);
        Map<String, byte[]> bundle = unzip(bundle(id));
        assertOk(verify("complete-" + id, bundle));

        Map<String, byte[]> cut = withoutEntry(bundle, seq);
        cut.remove("revisions/3.json");
        OfflineVerifier.Result result = verify("cut-" + id, cut);
        assertRejected(result, "revision 3 (AMENDED, seq " + seq + ") is missing from the bundle");

        // the thorough forger also makes document.json say the document ends at revision 2
        Map<String, byte[]> forged = edit(
                cut,
                "document.json",
                d -> Json.createObjectBuilder(d)
                        .add("currentRevision", 2)
                        .add("title", json(bundle.get("revisions/2.json")).getString("title"))
                        .build());
        assertRejected(
                verify("cut-forged-" + id, forged), "revision 3 (AMENDED, seq " + seq + ") is missing from the bundle");
    }

    @Test
    void aBundleWhoseDocumentJsonDisagreesWithItsEntriesIsRejected() throws Exception {
        long id = documentWithThreeRevisions();
        Map<String, byte[]> bundle = unzip(bundle(id));
        assertOk(verify("document-" + id, bundle));

        OfflineVerifier.Result revision =
                verifyWithDocumentMember("document-revision-" + id, bundle, "currentRevision", Json.createValue(2));
        assertRejected(revision, "document.json says currentRevision 2, the register's entries say 3");

        OfflineVerifier.Result title = verifyWithDocumentMember(
                "document-title-" + id, bundle, "title", Json.createValue("Tytuł podmieniony"));
        assertRejected(title, "document.json says title \"Tytuł podmieniony\"");

        OfflineVerifier.Result status =
                verifyWithDocumentMember("document-status-" + id, bundle, "status", Json.createValue("WITHDRAWN"));
        assertRejected(status, "document.json says status \"WITHDRAWN\"");
    }

    @Test
    void theRedactedDemoDocumentVerifiesAndItsRedactionCannotBeCutOut() throws Exception {
        long id = DirectSql.count("SELECT id FROM document WHERE slug = ?", REDACTED_DEMO);
        long seq = DirectSql.count(
                "SELECT MAX(seq) FROM register_entry WHERE document_id = ? AND action = 'REDACTED'", id);
        long revision = DirectSql.count("SELECT revision FROM register_entry WHERE seq = ?", seq);
        Map<String, byte[]> bundle = unzip(bundle(id));
        OfflineVerifier.Result honest = verify("redacted-" + id, bundle);
        assertOk(honest);
        assertTrue(honest.report().contains("REDACTED revision " + revision + " of document " + id), honest.toString());

        OfflineVerifier.Result cut = verify("redacted-cut-" + id, withoutEntry(bundle, seq));
        assertRejected(
                cut, "redaction of revision " + revision + " (REDACTED, seq " + seq + ") is missing from the bundle");
    }

    /**
     * Every public document of the demo (amended, withdrawn, archived, redacted, with attachments):
     * its untouched bundle verifies, so the checks of document.json refuse no honest bundle.
     */
    @Test
    void everyPublicDocumentsUntouchedBundleVerifies() throws Exception {
        JsonArray items = ApiClient.anonymous(base)
                .get("api/v1/documents?size=100")
                .json()
                .getJsonArray("items");
        assertTrue(items.size() > 5, "the demo's documents are there");
        StringBuilder failed = new StringBuilder();
        for (JsonValue item : items) {
            long id = item.asJsonObject().getJsonNumber("id").longValue();
            OfflineVerifier.Result result = verify("demo-" + id, unzip(bundle(id)));
            if (result.exit() != 0 || !result.report().contains("holds every one of the")) {
                failed.append("document ")
                        .append(id)
                        .append(": ")
                        .append(result)
                        .append('\n');
            }
        }
        assertEquals("", failed.toString());
    }

    /** Published, then amended twice: three revisions and entries PUBLISHED, AMENDED, AMENDED. */
    private long documentWithThreeRevisions() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Ogłoszenie o przetargu"), "<p>Przetarg na dowóz uczniów.</p>");
        long id = doc.getJsonNumber("id").longValue();
        for (int revision = 1; revision <= 2; revision++) {
            ApiClient.Reply amended = api.as("naczelny", "naczelny")
                    .put(
                            "api/v1/documents/" + id,
                            Documents.amendment(
                                    doc.getString("title") + " (zmiana " + revision + ")",
                                    "<p>Przetarg na dowóz uczniów, zmiana " + revision + ".</p>",
                                    "Zmiana terminu",
                                    revision));
            assertEquals(200, amended.status(), amended.body());
        }
        return id;
    }

    private static void assertOk(OfflineVerifier.Result result) {
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.report().contains("RESULT: OK"), result.toString());
    }

    private static void assertRejected(OfflineVerifier.Result result, String named) {
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.report().contains("RESULT: FAILED"), result.toString());
        assertTrue(result.report().contains(named), "expected \"" + named + "\": " + result);
    }

    /** The bundle verified with one member of its document.json set to {@code value}. */
    private static OfflineVerifier.Result verifyWithDocumentMember(
            String name, Map<String, byte[]> bundle, String member, JsonValue value) throws Exception {
        return verify(
                name,
                edit(
                        bundle,
                        "document.json",
                        d -> Json.createObjectBuilder(d).add(member, value).build()));
    }

    private static OfflineVerifier.Result verify(String name, Map<String, byte[]> bundle) throws Exception {
        return OfflineVerifier.run(
                OfflineVerifier.save("bundle-" + name + ".zip", zip(bundle)).toString());
    }

    /** The bundle without one register entry and its inclusion proof, as a forger would cut it. */
    private static Map<String, byte[]> withoutEntry(Map<String, byte[]> bundle, long seq) {
        Map<String, byte[]> cut = edit(bundle, "register.json", register -> {
            JsonArray all = register.getJsonArray("items");
            JsonArrayBuilder kept = Json.createArrayBuilder();
            all.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(e -> e.getJsonNumber("seq").longValue() != seq)
                    .forEach(kept::add);
            JsonArray items = kept.build();
            assertEquals(all.size() - 1, items.size(), "entry " + seq + " was in the bundle");
            return Json.createObjectBuilder(register).add("items", items).build();
        });
        assertTrue(cut.remove("proofs/inclusion-" + seq + ".json") != null, "the bundle had the entry's proof");
        return cut;
    }

    private static Map<String, byte[]> edit(Map<String, byte[]> bundle, String name, UnaryOperator<JsonObject> change) {
        Map<String, byte[]> copy = new LinkedHashMap<>(bundle);
        copy.put(name, change.apply(json(bundle.get(name))).toString().getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    private static JsonObject json(byte[] content) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private byte[] bundle(long id) throws Exception {
        HttpResponse<byte[]> response = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base.toString()).resolve("api/v1/documents/" + id + "/bundle"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
