package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/**
 * The public format specification against the running application (issue 13): it is served at a
 * stable address and linked from the API documentation and the verification page; the API gives
 * every hashed value exactly as hashed, with its format; and an independent script written from
 * the specification alone (Python 3 standard library, src/test/scripts/verify_register.py)
 * recomputes every content hash, chain hash and the Merkle root of the live register, and fails
 * when one entry is changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterFormatIT {

    private static final Path DOC = Path.of("docs/register-format.md");
    /** app/src/test/scripts/verify_register.py (the tests run in the top folder: DOC is relative to it) */
    private static final Path SCRIPT =
            Path.of(System.getProperty("metryka.test.scripts", "app/src/test/scripts"), "verify_register.py");

    private static final Pattern HASHED_INSTANT =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");

    @ArquillianResource
    private URL base;

    @Test
    void theSpecificationIsServedAsTheRepositoryHasItAndLinked() throws Exception {
        HttpResponse<String> doc = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(ApiClient.anonymous(base).uri("docs/register-format.md"))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, doc.statusCode());
        assertEquals(
                "text/markdown;charset=utf-8",
                doc.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase());
        assertEquals(Files.readString(DOC, StandardCharsets.UTF_8), doc.body());

        String apiDocs = page("api/dokumentacja");
        assertTrue(apiDocs.contains("/docs/register-format.md\""), "linked from /api/dokumentacja");
        JsonObject document = published(ApiClient.anonymous(base), unique("Komunikat o formacie"), "<p>Treść.</p>");
        String verification = page("dokument/" + document.getString("slug") + "/weryfikacja");
        assertTrue(verification.contains("/docs/register-format.md\""), "linked from the verification page");
    }

    @Test
    void theApiGivesEveryHashedValueExactlyAsHashedWithItsFormat() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject document = published(api, unique("Zarządzenie o formacie skrótu"), "<p>Treść\tz tabulatorem.</p>");
        long id = document.getJsonNumber("id").longValue();

        JsonObject revision = api.get("api/v1/documents/" + id + "/revisions/1").json();
        assertEquals("metryka-revision/2", revision.getString("format"));
        assertTrue(
                HASHED_INSTANT.matcher(revision.getString("publishedAt")).matches(), revision.getString("publishedAt"));

        JsonObject head = api.get("api/v1/register/head").json();
        assertEquals("metryka-tree-head/2", head.getString("format"));
        assertTrue(HASHED_INSTANT.matcher(head.getString("timestamp")).matches(), head.toString());

        long after = Math.max(0, head.getJsonNumber("size").longValue() - 50);
        List<JsonValue> items =
                api.get("api/v1/register?after=" + after + "&limit=50").json().getJsonArray("items");
        assertTrue(items.size() > 0);
        for (JsonValue item : items) {
            JsonObject e = item.asJsonObject();
            assertTrue(HASHED_INSTANT.matcher(e.getString("at")).matches(), e.toString());
            assertTrue(e.getString("format").matches("metryka-register/[12]"), e.toString());
            if (!e.isNull("documentId") && e.getJsonNumber("documentId").longValue() == id) {
                assertEquals("metryka-register/2", e.getString("format"), "new entries are written in format 2");
            }
        }
    }

    @Test
    void anIndependentScriptWrittenFromTheSpecificationVerifiesTheLiveRegister() throws Exception {
        published(
                ApiClient.anonymous(base),
                unique("Ogłoszenie do niezależnego sprawdzenia"),
                "<p>Treść — zażółć gęślą jaźń.</p>");
        String python = python();
        Run vectors = run(python, SCRIPT.toString(), "--vectors", DOC.toString());
        assertEquals(0, vectors.exit(), vectors.output());

        Run honest = run(python, SCRIPT.toString(), base.toString());
        assertEquals(0, honest.exit(), honest.output());
        assertTrue(honest.output().contains("RESULT: OK"), honest.output());
        assertTrue(honest.output().contains("equals the signed head's root"), honest.output());
        assertTrue(
                Pattern.compile("OK +checkpoint of \\S+: size \\d+ and root equal the signed head's")
                        .matcher(honest.output())
                        .find(),
                "section 7: the checkpoint\n" + honest.output());
        assertTrue(
                Pattern.compile("OK +root rebuilt from \\d+ level-0 hash tiles")
                        .matcher(honest.output())
                        .find(),
                honest.output());
        assertTrue(
                Pattern.compile("OK +([1-9]\\d* entries of the entry bundles|entry bundle \\S+ withheld)")
                        .matcher(honest.output())
                        .find(),
                honest.output());
        assertTrue(
                Pattern.compile("OK +[1-9]\\d* revision content hashes")
                        .matcher(honest.output())
                        .find(),
                honest.output());

        long seq = DirectSql.count("SELECT MAX(seq) FROM register_entry WHERE action = 'PUBLISHED'");
        String actor = DirectSql.string("SELECT actor FROM register_entry WHERE seq = ?", seq);
        DirectSql.withoutGuards(c -> {
            try (var s = c.prepareStatement("UPDATE register_entry SET actor = ? WHERE seq = ?")) {
                s.setString(1, actor + " ");
                s.setLong(2, seq);
                assertEquals(1, s.executeUpdate());
            }
            try {
                Run tampered = run(python, SCRIPT.toString(), base.toString());
                assertEquals(1, tampered.exit(), tampered.output());
                assertTrue(tampered.output().contains("entry " + seq + ": hash is not"), tampered.output());
            } finally {
                try (var s = c.prepareStatement("UPDATE register_entry SET actor = ? WHERE seq = ?")) {
                    s.setString(1, actor);
                    s.setLong(2, seq);
                    s.executeUpdate();
                }
            }
        });
        assertEquals(0, run(python, SCRIPT.toString(), base.toString()).exit());
    }

    /**
     * A data directory written before format 2 and upgraded by V18: its first entries and heads
     * are format 1, the later ones format 2 (here made by recomputing the first half of the suite's
     * register in format 1 with the signing key, then put back). The server's own check, the
     * offline verifier and the independent script all verify it, keyed on each row's format.
     */
    @Test
    void aRegisterWrittenPartlyInFormatOneStillVerifiesEverywhere() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        published(api, unique("Komunikat po zmianie formatu"), "<p>Treść.</p>");
        String python = python();
        long size = api.get("api/v1/register/head").json().getJsonNumber("size").longValue();
        long half = size / 2;
        long oldHead = DirectSql.count("SELECT MIN(size) FROM tree_head");
        DirectSql.withoutGuards(c -> {
            RegisterRewrite.backup(c);
            try {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE register_entry SET hash_format = 1 WHERE seq <= " + half);
                    s.executeUpdate("UPDATE tree_head SET hash_format = 1 WHERE size <= " + half);
                }
                RegisterRewrite.rewrite(c, 1, DirectSql.string("SELECT actor FROM register_entry WHERE seq = 1"));

                JsonObject first = api.get("api/v1/register?after=0&limit=1")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0);
                assertEquals("metryka-register/1", first.getString("format"));
                JsonObject last = api.get("api/v1/register?after=" + (size - 1) + "&limit=1")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0);
                assertEquals("metryka-register/2", last.getString("format"));
                assertEquals(
                        "metryka-tree-head/1",
                        api.get("api/v1/register/head?size=" + oldHead).json().getString("format"));

                JsonObject verify = api.get("api/v1/register/verify").json();
                assertTrue(verify.getBoolean("valid"), verify.toString());
                OfflineVerifier.Result offline = OfflineVerifier.run(base.toString());
                assertEquals(0, offline.exit(), offline.toString());
                Run script = run(python, SCRIPT.toString(), base.toString());
                assertEquals(0, script.exit(), script.output());
            } finally {
                RegisterRewrite.restore(c);
            }
        });
        assertEquals(0, OfflineVerifier.run(base.toString()).exit(), "the register is put back as it was");
    }

    private String page(String path) throws Exception {
        HttpResponse<String> reply = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(ApiClient.anonymous(base).uri(path))
                                .header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), path);
        return reply.body();
    }

    /** python3 from PATH; the test is skipped, saying why, where there is none (CI's Debian has it). */
    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        Assumptions.assumeTrue(
                false, "python3 is not on PATH: the independent Python check of the register is skipped");
        return null;
    }

    private record Run(int exit, String output) {}

    private static Run run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the script did not finish: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
