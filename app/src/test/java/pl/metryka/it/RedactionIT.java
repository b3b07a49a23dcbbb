package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
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
import pl.metryka.test.SuiteEnvironment;

/**
 * Lawful removal from published history (issue 12, second check): a marker phrase published in
 * versions 1 and 2 (in the body and inside an attachment's text) and then redacted in all
 * versions appears nowhere afterwards — not in any table of the database, any page, PDF, bundle,
 * export, feed or search answer, nor in the instance's data folder — while the register has the
 * REDACTED entries, both verifiers report OK naming the redaction, and the database still refuses
 * every other change to the published revisions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedactionIT {

    private static final String REASON = "dane osobowe opublikowane przez omyłkę";
    private static final String BASIS = "art. 17 ust. 1 lit. d RODO w zw. z art. 8 ust. 5 udip";

    @ArquillianResource
    private URL base;

    @Test
    void aRedactedPhraseIsGoneEverywhereAndTheRegisterStillVerifies() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        ApiClient naczelny = api.as("naczelny", "naczelny");
        long seqBefore = DirectSql.count("SELECT MAX(seq) FROM register_entry");
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String marker = "ZNACZNIK-RODO-" + token;
        String title = Documents.unique("Oświadczenie z danymi do usunięcia");
        byte[] odt = odt("Adres zamieszkania: " + marker + ", Klucze.");
        String create = JsonBodies.newDocument(
                        Documents.category(),
                        title,
                        "<p>Składający mieszka pod adresem " + marker + " w Kluczach.</p><p>Reszta treści.</p>",
                        true)
                .add(
                        "attachments",
                        Json.createArrayBuilder()
                                .add(JsonBodies.attachment(
                                                "oswiadczenie.odt", "application/vnd.oasis.opendocument.text", odt)
                                        .add("description", "Skan oświadczenia")))
                .build()
                .toString();
        ApiClient.Reply created = naczelny.post("api/v1/documents", create);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String slug = created.json().getString("slug");
        ApiClient.Reply amended = naczelny.put(
                "api/v1/documents/" + id,
                Documents.amendment(
                        title,
                        "<p>Składający mieszka pod adresem " + marker
                                + " w Kluczach.</p><p>Reszta treści, poprawiona.</p>",
                        "Poprawka treści",
                        1));
        assertEquals(200, amended.status(), amended.body());
        // the phrase is really there before: in both versions and in the search
        assertTrue(api.get("api/v1/documents/" + id + "/revisions/1").body().contains(marker));
        assertTrue(api.get("api/v1/documents/" + id + "/revisions/2").body().contains(marker));
        assertTrue(count(dumpDatabase(), marker) > 0, "the marker is in the database before the redaction");
        // a REDAKTOR's amendment proposal (made in the back office) copied the text with the phrase
        assertEquals(
                1,
                DirectSql.update(
                        "INSERT INTO amendment_proposal (document_id, base_revision, title, body, reason, proposed_by,"
                                + " proposed_by_name, proposed_at, status) VALUES (?, 2, ?, ?, 'Propozycja', 'redaktor', 'Anna Redaktor',"
                                + " UTC_TIMESTAMP(6), 'OPEN')",
                        id,
                        title,
                        "<p>Składający mieszka pod adresem " + marker + " w Kluczach.</p>"));

        // wrong roles and wrong input are refused, naming the field
        String textRedaction =
                JsonBodies.textRedaction(marker, REASON, BASIS).build().toString();
        assertEquals(
                403,
                api.as("redaktor", "redaktor")
                        .post("api/v1/documents/" + id + "/redactions", textRedaction)
                        .status());
        assertEquals(
                401,
                api.post("api/v1/documents/" + id + "/redactions", textRedaction)
                        .status());
        ApiClient.Reply absent = naczelny.post(
                "api/v1/documents/" + id + "/redactions",
                JsonBodies.textRedaction("tego tekstu nie ma", REASON, BASIS)
                        .add("revisions", Json.createArrayBuilder().add(1).add(2))
                        .build()
                        .toString());
        assertEquals(400, absent.status(), absent.body());
        assertEquals(
                "text", absent.json().getJsonArray("errors").getJsonObject(0).getString("field"), absent.body());
        ApiClient.Reply noBasis = naczelny.post(
                "api/v1/documents/" + id + "/redactions",
                Json.createObjectBuilder()
                        .add("revisions", Json.createArrayBuilder().add(1))
                        .add("text", marker)
                        .add("reason", REASON)
                        .build()
                        .toString());
        assertEquals(400, noBasis.status(), noBasis.body());
        assertEquals(
                "legalBasis",
                noBasis.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                noBasis.body());
        assertTrue(
                api.get("api/v1/documents/" + id + "/revisions/1").body().contains(marker),
                "a refused redaction changes nothing");

        // the redactions: the passage from every version, the attachment from every version
        ApiClient.Reply text = naczelny.post("api/v1/documents/" + id + "/redactions", textRedaction);
        assertEquals(201, text.status(), text.body());
        JsonObject redaction = text.json();
        assertEquals("[1,2]", redaction.getJsonArray("revisions").toString());
        assertEquals(REASON, redaction.getString("reason"));
        assertEquals(BASIS, redaction.getString("legalBasis"));
        assertFalse(text.body().contains(marker), text.body());
        ApiClient.Reply file = naczelny.post(
                "api/v1/documents/" + id + "/redactions",
                Json.createObjectBuilder()
                        .add("revisions", "all")
                        .add(
                                "attachment",
                                Json.createObjectBuilder().add("revision", 1).add("position", 0))
                        .add("reason", REASON)
                        .add("legalBasis", BASIS)
                        .build()
                        .toString());
        assertEquals(201, file.status(), file.body());

        // each version shows the stub and the history lists the redaction
        String version1 = page(api, "dokument/" + slug + "/wersja/1");
        assertTrue(version1.contains("[fragment usunięty "), version1);
        assertTrue(version1.contains("podstawa prawna: " + BASIS.replace("&", "&amp;")), version1);
        assertTrue(version1.contains("Usunięto fragment treści wersji 1"), version1);
        JsonObject revision1 =
                api.get("api/v1/documents/" + id + "/revisions/1").json();
        assertEquals(2, revision1.getJsonArray("redactions").size(), revision1.toString());
        assertEquals(
                "zalacznik-usuniety.txt",
                revision1.getJsonArray("attachments").getJsonObject(0).getString("fileName"));

        // the register has one REDACTED entry per version and redaction, and still verifies
        assertEquals(
                4,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'REDACTED'", id));
        assertEquals(
                2,
                DirectSql.count(
                        "SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action IN ('PUBLISHED', 'AMENDED')",
                        id),
                "the hashes recorded at publication stay as the commitment");
        JsonObject verify = api.get("api/v1/register/verify").json();
        assertTrue(verify.getBoolean("valid"), verify.toString());
        assertTrue(
                verify.getJsonArray("redactions")
                        .toString()
                        .contains("revision 1 of document " + id + ": redacted after publication"),
                verify.toString());
        OfflineVerifier.Result offline = OfflineVerifier.run(base.toString());
        assertEquals(0, offline.exit(), offline.toString());
        assertTrue(
                offline.report()
                        .contains("REDACTED revision 1 of document " + id
                                + ": redacted after publication, hash committed"),
                offline.toString());
        byte[] bundle =
                Http.get(Http.app(base, "api/v1/documents/" + id + "/bundle")).body();
        OfflineVerifier.Result bundleCheck = OfflineVerifier.run(
                OfflineVerifier.save("redacted-" + id + ".zip", bundle).toString());
        assertEquals(0, bundleCheck.exit(), bundleCheck.toString());
        assertTrue(bundleCheck.report().contains("REDACTED revision 2 of document " + id), bundleCheck.toString());

        // the phrase is nowhere the application keeps or serves it
        List<String> served = new ArrayList<>();
        for (String path : List.of(
                "dokument/" + slug,
                "dokument/" + slug + "/wersja/1",
                "dokument/" + slug + "/wersja/2",
                "dokument/" + slug + "/porownaj?od=1&do=2",
                "dokument/" + slug + "/drukuj",
                "szukaj?q=" + token,
                "szukaj?q=" + token + "&status=wszystkie",
                "szukaj?q=znacznik+rodo",
                "rejestr-zmian",
                "kanal/atom",
                "kanal/dokument/" + slug,
                "api/v1/documents/" + id,
                "api/v1/documents/" + id + "/revisions",
                "api/v1/documents/" + id + "/revisions/1",
                "api/v1/documents/" + id + "/revisions/2",
                "api/v1/documents/" + id + "/redactions",
                "api/v1/documents/" + id + "/revisions/1/attachments/0",
                "api/v1/documents/" + id + "/revisions/2/attachments/0",
                "api/v1/register?limit=1000&after=" + seqBefore,
                "api/v1/register.csv",
                "api/v1/export/bulletin.json",
                "api/v1/audit/events?document=" + id + "&size=200")) {
            HttpResponse<byte[]> response = path.startsWith("api/v1/audit")
                    ? Http.get(Http.app(base, path), "Authorization", basic("audytor", "audytor"))
                    : Http.get(Http.app(base, path));
            served.add(path + " -> " + response.statusCode());
            assertEquals(0, count(response.body(), marker), path);
            if (path.startsWith("szukaj")) {
                // the page repeats the query itself; what matters is that nothing is found by it
                assertFalse(Http.text(response).contains("dokument/" + slug + "\""), path);
                assertTrue(
                        path.contains("znacznik") || Http.text(response).contains("Liczba znalezionych dokumentów: 0"),
                        path);
            } else {
                assertEquals(0, count(response.body(), token), path);
            }
        }
        for (String path : List.of("dokument/" + slug + "/pdf", "dokument/" + slug + "/wersja/1/pdf")) {
            String pdfText = pdfText(Http.get(Http.app(base, path)).body());
            assertTrue(
                    pdfText.contains("fragment usunięty") || pdfText.contains("fragment usuni"), path + ": " + pdfText);
            assertFalse(pdfText.contains(token), path);
        }
        assertEquals(0, count(unzipped(bundle), token), "the verification bundle");
        assertEquals(0, count(dumpDatabase(), marker), "a full dump of the database");
        assertEquals(0, count(dumpDatabase(), token), "a full dump of the database (the token alone)");
        assertDataFolderClean(token);
        assertDatabaseFolderClean(token);

        // the database still refuses every other change to the published revisions
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update(
                        "UPDATE revision SET title = 'Podmieniony' WHERE document_id = ? AND number = 1", id));
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update(
                        "UPDATE revision SET body = CONCAT(body, '<p>dopisek</p>') WHERE document_id = ? AND number = 1",
                        id));
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update(
                        "UPDATE revision SET body = CONCAT(body, '<p>dopisek</p>'), redacted_hash = redacted_hash WHERE document_id = ? AND number = 2",
                        id));
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update(
                        "UPDATE attachment SET file_name = 'inny.odt' WHERE revision_id = (SELECT id FROM revision WHERE document_id = ? AND number = 1)",
                        id));
        assertThrows(
                IllegalStateException.class, () -> DirectSql.update("DELETE FROM redaction WHERE document_id = ?", id));
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update("UPDATE redaction SET reason = 'inny' WHERE document_id = ?", id));
        assertThrows(
                IllegalStateException.class,
                () -> DirectSql.update(
                        "DELETE FROM attachment_blob WHERE sha256 = (SELECT sha256 FROM attachment WHERE revision_id = (SELECT id FROM revision WHERE document_id = ? AND number = 1))",
                        id));
    }

    /** The finding of issue 12: the demo's address published by mistake in version 1 is removed, lawfully and visibly. */
    @Test
    void theDemoAddressPublishedByMistakeIsRedacted() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        String slug = "oswiadczenie-majatkowe-sekretarz-gminy-2024";
        long id = DirectSql.count("SELECT id FROM document WHERE slug = ?", slug);
        for (String path : List.of(
                "api/v1/documents/" + id + "/revisions/1",
                "dokument/" + slug + "/wersja/1",
                "dokument/" + slug + "/porownaj?od=1&do=2",
                "api/v1/export/bulletin.json",
                "dokument/" + slug + "/drukuj")) {
            HttpResponse<byte[]> response = Http.get(Http.app(base, path));
            assertEquals(200, response.statusCode(), path);
            assertEquals(0, count(response.body(), "Sosnowej 12"), path);
        }
        String version1 = Http.text(Http.get(Http.app(base, "api/v1/documents/" + id + "/revisions/1")));
        assertTrue(
                version1.contains("[fragment usunięty 28 maja 2025 r. — podstawa prawna: art. 24i ust. 1"), version1);
        assertTrue(version1.contains("\"redactions\":[{"), version1);
        assertFalse(pdfText(Http.get(Http.app(base, "dokument/" + slug + "/wersja/1/pdf"))
                        .body())
                .contains("Sosnowej 12"));
        assertEquals(
                0,
                count(
                        unzipped(Http.get(Http.app(base, "api/v1/documents/" + id + "/bundle"))
                                .body()),
                        "Sosnowej 12"));
        assertEquals(0, DirectSql.count("SELECT COUNT(*) FROM revision WHERE body LIKE '%Sosnowej 12%'"));
        assertEquals(0, DirectSql.count("SELECT COUNT(*) FROM search_entry WHERE text LIKE '%Sosnowej 12%'"));
        String page = Http.text(Http.get(Http.app(base, "dokument/" + slug)));
        assertTrue(page.contains("Usunięto fragment treści wersji 1"), "the history lists the redaction");
        assertTrue(
                DirectSql.count("SELECT COUNT(*) FROM register_entry WHERE document_id = ? AND action = 'REDACTED'", id)
                        >= 1);
    }

    private String page(ApiClient api, String path) {
        ApiClient.Reply reply = api.get(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply.body();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Lucene copy is purged right after the commit, asynchronously: give it a little time. */
    private void assertDataFolderClean(String token) throws Exception {
        Path data = Path.of(System.getProperty("metryka.test.work.dir"), "data");
        // a search before each look, so that the index's reader is refreshed and lets go of purged files
        assertNoFileHolds(
                data,
                "the instance's data folder",
                40,
                500,
                () -> ApiClient.anonymous(base).get("szukaj?q=" + token),
                "ZNACZNIK-RODO-" + token,
                token,
                token.toUpperCase(Locale.ROOT));
    }

    /**
     * In the embedded run mode the database server keeps its files in the instance's data folder
     * too (the tests' server in its own folder, see SuiteEnvironment): after the redaction's clean-up
     * (undo purged, tables rebuilt, redo log replaced; RedactionAftercare) the phrase is in none of
     * them — table files, undo tablespaces, ibdata1 (doublewrite) or the redo log. The clean-up runs
     * in the background and may give way to writers, so it gets up to three minutes.
     */
    private void assertDatabaseFolderClean(String token) throws Exception {
        if (System.getenv("METRYKA_DB_URL") != null) {
            return; // an external server: its files are the operator's (compliance-docs/redaction.md)
        }
        Path folder = Path.of(System.getProperty(SuiteEnvironment.DB_DIR));
        assertTrue(Files.isDirectory(folder), "the tests' embedded database folder " + folder);
        assertNoFileHolds(
                folder, "files of the embedded database", 90, 2000, () -> {}, token, token.toUpperCase(Locale.ROOT));
    }

    /**
     * Looks through every file below {@code folder} until none holds any of {@code needles}, up to
     * {@code looks} times {@code pauseMillis} apart (the clean-ups run in the background), running
     * {@code beforeEachLook} first; then fails naming each file still holding one, with the count.
     */
    private static void assertNoFileHolds(
            Path folder, String what, int looks, long pauseMillis, Runnable beforeEachLook, String... needles)
            throws Exception {
        List<String> holding = new ArrayList<>();
        for (int look = 0; look < looks; look++) {
            beforeEachLook.run();
            holding.clear();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(f);
                    } catch (IOException gone) {
                        continue; // deleted while walking: a Lucene file, a table file, the old redo log
                    }
                    long inFile = 0;
                    for (String needle : needles) {
                        inFile += count(bytes, needle);
                    }
                    if (inFile > 0) {
                        holding.add(folder.relativize(f) + " (" + inFile + ")");
                    }
                }
            }
            if (holding.isEmpty()) {
                return;
            }
            Thread.sleep(pauseMillis);
        }
        assertEquals(List.of(), holding, what + " " + folder + " still holding the phrase");
    }

    /** Every row of every table, every column as bytes (as a dump would hold them). */
    private static byte[] dumpDatabase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = DirectSql.connect()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.contains("revision") && tables.contains("attachment_blob"), tables.toString());
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM `" + table + "`");
                        ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object raw = rs.getObject(i);
                            byte[] value = raw == null
                                    ? null
                                    : raw instanceof byte[] b
                                            ? b
                                            : raw.toString().getBytes(StandardCharsets.UTF_8);
                            if (value != null) {
                                out.write(value);
                                out.write('\n');
                            }
                        }
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static long count(String text, String needle) {
        return count(text.getBytes(StandardCharsets.UTF_8), needle);
    }

    private static long count(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        long found = 0;
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            found++;
        }
        return found;
    }

    private static byte[] unzipped(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.write(e.getName().getBytes(StandardCharsets.UTF_8));
                out.write(in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** A minimal ODT whose content.xml is STORED (not compressed), so the phrase is literally in its bytes. */
    private static byte[] odt(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
                stored(
                        zip,
                        "content.xml",
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                                        + text + "</text:p></office:text></office:body></office:document-content>")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
