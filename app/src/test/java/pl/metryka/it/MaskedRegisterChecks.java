package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/** The client side of {@link MaskedRegisterEntryIT}: what the public API, CSV and verifiers show of masked entries. */
final class MaskedRegisterChecks {

    private MaskedRegisterChecks() {}

    static void check(URL base) throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        long last = DirectSql.count(
                "SELECT MAX(seq) FROM register_entry WHERE subject LIKE ?", "%" + LegacyRegisterEntries.MARKER + "%");
        long first = last - 1;
        JsonArray items = api.get("api/v1/register?after=" + (first - 1) + "&limit=2")
                .json()
                .getJsonArray("items");
        assertEquals(2, items.size(), items.toString());
        for (JsonObject e : items.getValuesAs(JsonObject.class)) {
            long seq = e.getJsonNumber("seq").longValue();
            assertEquals("INTERNAL", e.getString("action"), e.toString());
            assertTrue(e.getBoolean("masked"), e.toString());
            for (String hidden : List.of("actor", "subject", "reason", "documentId", "revision", "contentHash")) {
                assertTrue(!e.containsKey(hidden) || e.isNull(hidden), hidden + " shown: " + e);
            }
            assertEquals(DirectSql.string("SELECT hash FROM register_entry WHERE seq = ?", seq), e.getString("hash"));
            assertEquals(
                    DirectSql.string("SELECT prev_hash FROM register_entry WHERE seq = ?", seq),
                    e.getString("prevHash"));
            assertEquals(
                    DirectSql.string("SELECT leaf_hash FROM register_leaf WHERE seq = ?", seq),
                    e.getString("leafHash"));
            assertTrue(e.getString("at").startsWith("20"), e.toString());
        }
        String csv = PublicRegisterIT.fetch(api, "api/v1/register.csv").body();
        assertFalse(csv.contains(LegacyRegisterEntries.MARKER), "the CSV shows no masked content");
        assertTrue(csv.contains("\r\n" + first + ","), csv.length() + " chars");
        String row = csv.substring(csv.indexOf("\r\n" + first + ",") + 2);
        row = row.substring(0, row.indexOf("\r\n"));
        assertTrue(row.matches(first + ",[0-9T:.\\-]+Z,,INTERNAL,,,,,,[0-9a-f]{64},[0-9a-f]{64}"), row);
        for (String path : List.of("rejestr-zmian", "kanal/atom", "api/v1/export/bulletin.json")) {
            assertFalse(PublicRegisterIT.fetch(api, path).body().contains(LegacyRegisterEntries.MARKER), path);
        }
        long after = 0;
        while (true) {
            JsonArray page = api.get("api/v1/register?after=" + after + "&limit=1000")
                    .json()
                    .getJsonArray("items");
            if (page.isEmpty()) {
                break;
            }
            assertFalse(
                    page.toString().contains(LegacyRegisterEntries.MARKER), "the register API shows no masked content");
            after = page.getJsonObject(page.size() - 1).getJsonNumber("seq").longValue();
        }

        JsonObject verify = api.get("api/v1/register/verify").json();
        assertTrue(verify.getBoolean("valid"), verify.toString());
        OfflineVerifier.Result whole = OfflineVerifier.run(base.toString());
        assertEquals(0, whole.exit(), whole.toString());
        assertTrue(whole.report().contains("RESULT: OK"), whole.toString());
        assertTrue(whole.report().contains("masked entr"), whole.toString());

        long documentId = DirectSql.count("SELECT document_id FROM register_entry WHERE seq = ?", last);
        assertFalse(
                api.get("api/v1/documents/" + documentId + "/proofs").body().contains("\"seq\":" + last + ","),
                "the document's proofs leave the masked entry out");
        Path bundle = OfflineVerifier.save(
                "bundle-masked-" + documentId + ".zip", bytes(base, "api/v1/documents/" + documentId + "/bundle"));
        OfflineVerifier.Result bundled = OfflineVerifier.run(bundle.toString());
        assertEquals(0, bundled.exit(), bundled.toString());
    }

    private static byte[] bytes(URL base, String path) {
        HttpResponse<byte[]> response = ApiClient.anonymous(base).download(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
