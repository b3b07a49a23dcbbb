package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.publicationSeq;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.publishedId;
import static pl.metryka.it.Documents.unique;
import static pl.metryka.test.DirectSql.update;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import pl.metryka.test.JsonBodies;

/**
 * The offline verifier ({@code java -jar target/metryka-verifier.jar}) against the running suite
 * instance: it passes on the honest register and, after someone with database rights changes
 * one byte of a revision, of an attachment or of an entry, deletes an entry, or rewrites the
 * whole chain consistently and re-signs it, it fails and names the entry (or, for the rewrite,
 * the broken consistency with a head saved before). Every tampering is undone afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineVerifierIT {

    @ArquillianResource
    private URL base;

    @Test
    void theHonestInstanceVerifies() {
        published(ApiClient.anonymous(base), unique("Komunikat do weryfikacji"), "<p>Treść komunikatu.</p>");
        OfflineVerifier.Result result = OfflineVerifier.run(base.toString());
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.report().contains("RESULT: OK"), result.toString());
        assertTrue(result.report().contains("signature valid"), result.toString());
    }

    @Test
    void oneChangedByteOfARevisionIsNamedByItsEntry() {
        ApiClient api = ApiClient.anonymous(base);
        long id = publishedId(api, unique("Zarządzenie o opłatach"), "<p>Opłata wynosi 100 zł.</p>");
        long seq = publicationSeq(id);
        DirectSql.withFirstRevisionChanged(id, c -> assertVerifierNames(seq, "revision 1 of document " + id));
        assertEquals(0, OfflineVerifier.run(base.toString()).exit());
    }

    @Test
    void oneChangedByteOfAnAttachmentIsNamed() {
        ApiClient api = ApiClient.anonymous(base);
        byte[] pdf =
                ("%PDF-1.4\n% plan zagospodarowania " + unique("") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String body = JsonBodies.newDocument(
                        Documents.category(), unique("Plan z załącznikiem"), "<p>Plan w załączniku.</p>", true)
                .add(
                        "attachments",
                        Json.createArrayBuilder().add(JsonBodies.attachment("plan.pdf", "application/pdf", pdf)))
                .build()
                .toString();
        ApiClient.Reply created = api.as("naczelny", "naczelny").post("api/v1/documents", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        long seq = publicationSeq(id);
        String sha = DirectSql.string(
                "SELECT a.sha256 FROM attachment a JOIN revision r ON r.id = a.revision_id WHERE r.document_id = ?",
                id);
        DirectSql.withoutGuards(c -> {
            byte[] tampered = pdf.clone();
            tampered[12] ^= 1;
            assertEquals(1, update(c, "UPDATE attachment_blob SET content = ? WHERE sha256 = ?", tampered, sha));
            try {
                assertVerifierNames(seq, "attachment 0 (plan.pdf) of revision 1 of document " + id);
            } finally {
                update(c, "UPDATE attachment_blob SET content = ? WHERE sha256 = ?", pdf, sha);
            }
        });
        assertEquals(0, OfflineVerifier.run(base.toString()).exit());
    }

    @Test
    void oneChangedByteOfARegisterEntryIsNamed() {
        long seq = DirectSql.count("SELECT MIN(seq) + 2 FROM register_entry");
        DirectSql.withActorChanged(seq, c -> assertFailsAt(OfflineVerifier.run(base.toString()), seq));
        assertEquals(0, OfflineVerifier.run(base.toString()).exit());
    }

    @Test
    void aDeletedEntryIsNamed() {
        long seq = DirectSql.count("SELECT MIN(seq) + 4 FROM register_entry");
        DirectSql.withoutGuards(c -> {
            Object[] row = DirectSql.registerEntry(c, seq);
            assertEquals(1, update(c, "DELETE FROM register_entry WHERE seq = ?", seq));
            try {
                assertVerifierNames(seq, "entry " + seq + " is missing");
            } finally {
                update(c, "INSERT INTO register_entry VALUES (" + "?,".repeat(row.length - 1) + "?)", row);
            }
        });
        assertEquals(0, OfflineVerifier.run(base.toString()).exit());
    }

    @Test
    void aConsistentlyRewrittenAndResignedChainFailsOnlyAgainstASavedHead() {
        ApiClient api = ApiClient.anonymous(base);
        long id = publishedId(api, unique("Uchwała budżetowa"), "<p>Budżet gminy.</p>");
        long seq = publicationSeq(id);
        ApiClient.Reply saved = api.get("api/v1/register/head");
        Path trusted = OfflineVerifier.save("trusted-head-" + seq + ".json", saved.body());
        long trustedSize = saved.json().getJsonNumber("size").longValue();
        assertEquals(
                0,
                OfflineVerifier.run(base.toString(), "--trusted-head", trusted.toString())
                        .exit());

        DirectSql.withoutGuards(c -> {
            RegisterRewrite.backup(c);
            try {
                RegisterRewrite.rewrite(c, seq, "Ktoś Inny");
                assertEquals(
                        trustedSize, DirectSql.count("SELECT MAX(size) FROM tree_head"), "no head was added meanwhile");
                OfflineVerifier.Result alone = OfflineVerifier.run(base.toString());
                assertEquals(0, alone.exit(), "the rewrite is consistent on its own: " + alone);

                OfflineVerifier.Result checked =
                        OfflineVerifier.run(base.toString(), "--trusted-head", trusted.toString());
                assertEquals(1, checked.exit(), checked.toString());
                assertTrue(checked.report().contains("NOT CONSISTENT WITH THE TRUSTED HEAD"), checked.toString());

                Path bundle = OfflineVerifier.save(
                        "bundle-rewritten-" + id + ".zip",
                        bytes("api/v1/documents/" + id + "/bundle?since=" + trustedSize));
                OfflineVerifier.Result bundled =
                        OfflineVerifier.run(bundle.toString(), "--trusted-head", trusted.toString());
                assertEquals(1, bundled.exit(), bundled.toString());
                assertTrue(bundled.report().contains("NOT CONSISTENT WITH THE TRUSTED HEAD"), bundled.toString());
            } finally {
                RegisterRewrite.restore(c);
            }
        });
        assertEquals(
                0,
                OfflineVerifier.run(base.toString(), "--trusted-head", trusted.toString())
                        .exit());
    }

    @Test
    void aDocumentBundleVerifiesOfflineAndAChangedBundleDoesNot() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Ogłoszenie o naborze"), "<p>Nabór na stanowisko.</p>");
        long id = doc.getJsonNumber("id").longValue();
        ApiClient.Reply amended = api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + id,
                        Documents.amendment(
                                doc.getString("title"),
                                "<p>Nabór na stanowisko podinspektora.</p>",
                                "Uzupełnienie",
                                1));
        assertEquals(200, amended.status(), amended.body());
        JsonObject head = api.get("api/v1/register/head").json();
        Path saved = OfflineVerifier.save(
                "head-" + id + ".json",
                api.get("api/v1/register/head?size="
                                + (head.getJsonNumber("size").longValue() - 1))
                        .body());

        byte[] zip = bytes("api/v1/documents/" + id + "/bundle?since="
                + (head.getJsonNumber("size").longValue() - 1));
        Path bundle = OfflineVerifier.save("bundle-" + id + ".zip", zip);
        OfflineVerifier.Result result = OfflineVerifier.run(bundle.toString(), "--trusted-head", saved.toString());
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.report().contains("2 revision(s) in the bundle checked"), result.toString());

        Path changed = OfflineVerifier.save(
                "bundle-changed-" + id + ".zip", replaceInZip(zip, "revisions/2.json", "podinspektora", "inspektora"));
        OfflineVerifier.Result failed = OfflineVerifier.run(changed.toString());
        long amendedSeq =
                DirectSql.count("SELECT seq FROM register_entry WHERE document_id = ? AND action = 'AMENDED'", id);
        assertFailsAt(failed, amendedSeq);
        assertTrue(failed.report().contains("revision 2 of document " + id), failed.toString());
    }

    private byte[] bytes(String path) {
        HttpResponse<byte[]> response = ApiClient.anonymous(base).download(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        return response.body();
    }

    private static byte[] replaceInZip(byte[] zip, String name, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace(from, to)
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void assertFailsAt(OfflineVerifier.Result result, long seq) {
        assertEquals(1, result.exit(), result.toString());
        assertTrue(
                result.report().contains("FIRST BAD ENTRY: seq " + seq + " "), "expected seq " + seq + ": " + result);
    }

    /** The verifier, run on the server as it is now, fails at entry {@code seq} and names {@code what}. */
    private void assertVerifierNames(long seq, String what) {
        OfflineVerifier.Result result = OfflineVerifier.run(base.toString());
        assertFailsAt(result, seq);
        assertTrue(result.report().contains(what), result.toString());
    }
}
