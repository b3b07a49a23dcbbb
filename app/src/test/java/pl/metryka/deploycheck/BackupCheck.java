package pl.metryka.deploycheck;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.test.ApiClient;

/**
 * The HTTP half of {@code deploy/check-backup-restore.sh}.
 * <ul>
 *   <li>{@code seed BASE}: publishes, amends and withdraws a few documents (one with an attachment) and views them;</li>
 *   <li>{@code snapshot BASE DIR}: writes {@code DIR/api.txt}, the concatenation of the public API's answers (documents,
 *       every revision list and attachment digest, the whole register, its key, head and verification), and
 *       {@code DIR/bulletin.json} when {@code /api/v1/export/bulletin.json} answers 200.</li>
 * </ul>
 */
public final class BackupCheck {

    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private BackupCheck() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1]);
            case "snapshot" -> snapshot(args[1], Path.of(args[2]));
            case "audit" -> System.out.println(new RegisterAudit(Api.at(args[1])).check(1, 1));
            case "publish" ->
                System.out.println("published after the restore: document "
                        + Api.expect(
                                        Api.editor(args[1])
                                                .post(
                                                        "api/v1/documents",
                                                        Api.newDocument(
                                                                Api.someCategory(Api.at(args[1])),
                                                                "Po odtworzeniu " + UUID.randomUUID(),
                                                                "<p>Nowy dokument.</p>",
                                                                true,
                                                                null)),
                                        201)
                                .json()
                                .getJsonNumber("id"));
            case "key" -> System.out.println(newRegisterKey());
            case "redact" -> redact(args[1], Path.of(args[2]));
            case "redacted" -> redacted(args[1], Path.of(args[2]));
            default ->
                throw new IllegalArgumentException("seed BASE | snapshot BASE DIR | audit BASE | publish BASE | key"
                        + " | redact BASE FILE | redacted BASE FILE");
        }
    }

    static final String REDACTED_PHRASE = "zażółć gęślą jaźń";

    /** Redacts the seeded phrase from every version of a seeded document; saves the document's id in FILE. */
    static void redact(String base, Path file) throws Exception {
        ApiClient api = Api.at(base);
        long id = -1;
        for (JsonObject doc : Api.expect(api.get("api/v1/documents?size=100"), 200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (doc.getString("title").matches("Kopia zapasowa .* nr 4")) {
                id = doc.getJsonNumber("id").longValue();
            }
        }
        RegisterAudit.require(id > 0, "no seeded document 'Kopia zapasowa … nr 4' to redact");
        Api.expect(
                Api.editor(base)
                        .post(
                                "api/v1/documents/" + id + "/redactions",
                                Json.createObjectBuilder()
                                        .add("revisions", "all")
                                        .add("text", REDACTED_PHRASE)
                                        .add("reason", "sprawdzenie kopii zapasowej")
                                        .add("legalBasis", "art. 17 ust. 1 RODO")
                                        .build()
                                        .toString()),
                201);
        Files.writeString(file, Long.toString(id));
        System.out.println("redacted '" + REDACTED_PHRASE + "' from document " + id + " after the backup");
    }

    /** After restoring a backup older than the redaction: the redaction is there again, and the register verifies. */
    static void redacted(String base, Path file) throws Exception {
        // the journal is reconciled while the instance starts; give it a moment after "ready"
        for (int attempt = 1; ; attempt++) {
            try {
                checkRedacted(base, file);
                return;
            } catch (IllegalStateException | AssertionError e) {
                if (attempt == 30) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    private static void checkRedacted(String base, Path file) throws Exception {
        ApiClient api = Api.at(base);
        long id = Long.parseLong(Files.readString(file).strip());
        JsonObject revision = Api.expect(api.get("api/v1/documents/" + id + "/revisions/1"), 200)
                .json();
        RegisterAudit.require(
                !revision.toString().contains(REDACTED_PHRASE), "the restored database shows the redacted text again");
        RegisterAudit.require(
                revision.getString("body").contains("[fragment usunięty "), "no stub in the restored revision");
        RegisterAudit.require(
                !revision.getJsonArray("redactions").isEmpty(), "the restored revision lists no redaction");
        String bulletin = new String(
                ApiClient.http()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/export/bulletin.json"))
                                        .timeout(Duration.ofSeconds(120))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .body(),
                StandardCharsets.UTF_8);
        RegisterAudit.require(
                !bulletin.contains("Treść dokumentu 4 " + REDACTED_PHRASE),
                "bulletin.json shows the redacted text again");
        JsonObject verify = Api.expect(api.get("api/v1/register/verify"), 200).json();
        RegisterAudit.require(
                verify.getBoolean("valid")
                        && verify.getJsonArray("redactions").toString().contains("document " + id),
                "register/verify: " + verify);
        System.out.println("the redaction made after the backup was re-applied to the restored database (document " + id
                + "); register valid, " + verify.getJsonArray("redactions").size() + " redacted revision(s) named");
    }

    /** A fresh Ed25519 key in METRYKA_REGISTER_KEY's form: base64 PKCS#8, a dot, base64 X.509. */
    static String newRegisterKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "."
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    static void seed(String base) {
        ApiClient editor = Api.editor(base);
        long category = Api.someCategory(Api.at(base));
        String run = UUID.randomUUID().toString().substring(0, 8);
        int published = 0;
        int amended = 0;
        for (int i = 1; i <= 5; i++) {
            JsonArray attachment = i == 1
                    ? Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("fileName", "herb.png")
                                    .add("mediaType", "image/png")
                                    .add("contentBase64", PNG)
                                    .add("description", "Herb gminy"))
                            .build()
                    : null;
            JsonObject doc = Api.expect(
                            editor.post(
                                    "api/v1/documents",
                                    Api.newDocument(
                                            category,
                                            "Kopia zapasowa " + run + " nr " + i,
                                            "<p>Treść dokumentu " + i + " zażółć gęślą jaźń.</p>",
                                            true,
                                            attachment)),
                            201)
                    .json();
            published++;
            long id = doc.getJsonNumber("id").longValue();
            if (i <= 3) {
                Api.expect(
                        editor.put(
                                "api/v1/documents/" + id,
                                Api.amendment(
                                        "Kopia zapasowa " + run + " nr " + i + " (zmiana)",
                                        "<p>Zmieniona treść " + i + ".</p>",
                                        "Korekta przed kopią",
                                        1)),
                        200);
                amended++;
            }
            if (i == 5) {
                Api.expect(
                        editor.post(
                                "api/v1/documents/" + id + "/withdrawal",
                                "{\"reason\":\"Opublikowano omyłkowo\",\"legalBasis\":\"art. 8 ust. 1 ustawy o dostępie do informacji publicznej\"}"),
                        200);
            }
            for (int v = 0; v < i; v++) {
                Api.view(base, "/dokument/" + doc.getString("slug"));
            }
        }
        System.out.println("seeded: " + published + " published, " + amended + " amended, 1 withdrawn, 10 page views");
    }

    static void snapshot(String base, Path dir) throws Exception {
        ApiClient api = Api.at(base);
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder();
        long total = Long.MAX_VALUE;
        int documents = 0;
        for (int page = 0; (long) page * 100 < total; page++) {
            ApiClient.Reply list = recorded(api, "api/v1/documents?page=" + page + "&size=100", out);
            total = list.json().getJsonNumber("total").longValue();
            for (JsonObject doc : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                documents++;
                long id = doc.getJsonNumber("id").longValue();
                ApiClient.Reply revisions = recorded(api, "api/v1/documents/" + id + "/revisions", out);
                for (JsonObject summary : revisions.structure().asJsonArray().getValuesAs(JsonObject.class)) {
                    attachments(api, id, summary.getInt("number"), out);
                }
            }
        }
        long after = 0;
        int entries = 0;
        while (true) {
            ApiClient.Reply page = recorded(api, "api/v1/register?after=" + after + "&limit=1000", out);
            List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            entries += items.size();
            after = items.get(items.size() - 1).getJsonNumber("seq").longValue();
        }
        for (String path : List.of("api/v1/register/head", "api/v1/register/key", "api/v1/register/verify")) {
            recorded(api, path, out);
        }
        Files.writeString(dir.resolve("api.txt"), out.toString(), StandardCharsets.UTF_8);

        HttpResponse<byte[]> bulletin = ApiClient.http()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/export/bulletin.json"))
                                .timeout(Duration.ofSeconds(120))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        String export = bulletin.statusCode() == 200
                ? ", bulletin.json " + bulletin.body().length + " bytes"
                : ", no bulletin.json export here (" + bulletin.statusCode() + ")";
        if (bulletin.statusCode() == 200) {
            Files.write(dir.resolve("bulletin.json"), bulletin.body());
        }
        System.out.println("snapshot of " + base + ": " + documents + " documents, " + entries + " register entries, "
                + out.length() + " characters of API answers" + export);
    }

    /**
     * One API answer, which must be 200, written to the snapshot under its request line: the two
     * snapshots are compared as text, so every answer is written the same way.
     */
    private static ApiClient.Reply recorded(ApiClient api, String path, StringBuilder out) {
        ApiClient.Reply reply = Api.expect(api.get(path), 200);
        out.append("GET /").append(path).append('\n').append(reply.body()).append('\n');
        return reply;
    }

    /** Each attachment of a revision as its digest, so the restored files are compared too. */
    private static void attachments(ApiClient api, long id, int number, StringBuilder out) throws Exception {
        JsonObject revision = Api.expect(api.get("api/v1/documents/" + id + "/revisions/" + number), 200)
                .json();
        for (JsonObject a : revision.getJsonArray("attachments").getValuesAs(JsonObject.class)) {
            String path = "/api/v1/documents/" + id + "/revisions/" + number + "/attachments/" + a.getInt("position");
            HttpResponse<byte[]> content = ApiClient.http()
                    .send(HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            RegisterAudit.require(content.statusCode() == 200, "GET " + path + ": " + content.statusCode());
            out.append("GET ")
                    .append(path)
                    .append(" sha256=")
                    .append(Sha256.hex(content.body()))
                    .append('\n');
        }
    }
}
