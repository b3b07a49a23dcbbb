package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import pl.metryka.test.ApiClient;
import pl.metryka.test.TlogClient;

/**
 * The client side of {@link TransparencyLogIT}: HTTP only, and the independent {@link TlogClient}
 * (java.security Ed25519, the signed-note key ID rule, RFC 9162 hashing); never loaded by the server.
 */
final class TransparencyLogChecks {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private TransparencyLogChecks() {}

    /** The checkpoint verifies, names the head /api/v1/register/head names, and hash tiles and bundles rebuild its root. */
    static void checkpointAndTiles(URL base) throws Exception {
        HttpResponse<byte[]> answer = get(base, "tlog/checkpoint");
        assertEquals(200, answer.statusCode(), Http.text(answer));
        assertEquals(
                "text/plain;charset=utf-8",
                contentType(answer),
                "as c2sp.org/tlog-tiles asks (parameters are case-insensitive, spaces optional)");
        String note = Http.text(answer);
        TlogClient.Checkpoint checkpoint = TlogClient.parse(note);
        ApiClient api = ApiClient.anonymous(base);
        JsonObject head = api.get("api/v1/register/head").json();
        assertEquals(head.getJsonNumber("size").longValue(), checkpoint.size(), note);
        assertEquals(head.getString("rootHash"), HexFormat.of().formatHex(checkpoint.root()), note);
        assertEquals(3, checkpoint.text().split("\n").length);
        assertFalse(checkpoint.origin().contains("://") || checkpoint.origin().endsWith("/"), checkpoint.origin());

        byte[] spki =
                Base64.getDecoder().decode(api.get("api/v1/register/key").json().getString("publicKey"));
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        assertTrue(TlogClient.signedBy(checkpoint, checkpoint.origin(), raw), "signed by the register's key:\n" + note);
        assertFalse(
                TlogClient.signedBy(
                        TlogClient.parse(note.replaceFirst(
                                "\n" + checkpoint.size() + "\n", "\n" + (checkpoint.size() + 1) + "\n")),
                        checkpoint.origin(),
                        raw),
                "another size does not verify");
        assertEquals(TlogClient.vkey(checkpoint.origin(), raw) + "\n", Http.text(get(base, "tlog/key")));

        HttpResponse<byte[]> again = get(base, "tlog/checkpoint");
        assertArrayEquals(answer.body(), again.body(), "the same head is the same bytes");
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals("no-cache", answer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                304,
                Http.get(Http.app(base, "tlog/checkpoint"), "If-None-Match", etag)
                        .statusCode());

        long size = checkpoint.size();
        byte[] fromHashTiles = TlogClient.rootFromHashTiles(size, path -> tile(base, path, size));
        assertArrayEquals(checkpoint.root(), fromHashTiles, "root from /tlog/tile/<L>/...");
        assertArrayEquals(
                checkpoint.root(), TlogClient.mth(leavesFromBundles(base, size)), "root from /tlog/tile/entries/...");
    }

    /** A tile as a client fetches it, with the cache lifetime its kind promises. */
    private static byte[] tile(URL base, String path, long size) {
        HttpResponse<byte[]> answer = get(base, "tlog/tile/" + path);
        assertEquals(200, answer.statusCode(), path + ": " + Http.text(answer));
        assertEquals("application/octet-stream", contentType(answer), path);
        boolean partial = path.contains(".p/");
        assertEquals(
                partial ? "public, max-age=60" : IMMUTABLE,
                answer.headers().firstValue("Cache-Control").orElse(""),
                path);
        int width = partial ? Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)) : 256;
        if (!path.startsWith("entries/")) {
            assertEquals(width * 32, answer.body().length, path);
        }
        return answer.body();
    }

    /**
     * Every leaf hash of the tree from the entry bundles: each entry's SHA-256(0x00 ‖ bytes) is
     * the level-0 tile's hash at its place. A withheld bundle (non-public entries) counts by its hash tile.
     */
    private static List<byte[]> leavesFromBundles(URL base, long size) {
        List<byte[]> leaves = new ArrayList<>();
        for (long n = 0; n * 256 < size; n++) {
            String path = TlogClient.tilePath(0, n, size).substring(2);
            byte[] hashes = tile(base, "0/" + path, size);
            HttpResponse<byte[]> bundle = get(base, "tlog/tile/entries/" + path);
            if (bundle.statusCode() == 404) {
                assertTrue(
                        hasMaskedEntry(base, n * 256, hashes.length / 32),
                        "only a bundle with non-public entries is withheld: " + path);
                for (int i = 0; i < hashes.length; i += 32) {
                    leaves.add(Arrays.copyOfRange(hashes, i, i + 32));
                }
                continue;
            }
            assertEquals(200, bundle.statusCode(), path);
            assertEquals(tile(base, "entries/" + path, size).length, bundle.body().length);
            List<byte[]> entries = TlogClient.entries(bundle.body());
            assertEquals(hashes.length / 32, entries.size(), path);
            for (int i = 0; i < entries.size(); i++) {
                byte[] leaf = TlogClient.leafHash(entries.get(i));
                assertArrayEquals(Arrays.copyOfRange(hashes, i * 32, i * 32 + 32), leaf, "entry " + (n * 256 + i + 1));
                JsonObject entry = Json.createReader(
                                new StringReader(new String(entries.get(i), StandardCharsets.UTF_8)))
                        .readObject();
                assertEquals(
                        n * 256 + i + 1, entry.getJsonNumber("seq").longValue(), "the entry's own bytes, in order");
                leaves.add(leaf);
            }
        }
        return leaves;
    }

    private static boolean hasMaskedEntry(URL base, long after, int count) {
        return ApiClient.anonymous(base)
                .get("api/v1/register?after=" + after + "&limit=" + count)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(e -> e.getBoolean("masked", false));
    }

    /** With more than 512 entries: full level-0 tiles and bundles are immutable, level-1 hashes are their roots. */
    static void fullTiles(URL base) {
        long size = TlogClient.parse(Http.text(get(base, "tlog/checkpoint"))).size();
        assertTrue(size > 512, "size " + size);
        byte[] level1 = tile(base, TlogClient.tilePath(1, 0, size), size);
        for (int n = 0; n < 2; n++) {
            byte[] level0 = tile(base, "0/00" + n, size);
            List<byte[]> hashes = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                hashes.add(Arrays.copyOfRange(level0, i * 32, i * 32 + 32));
            }
            assertArrayEquals(
                    Arrays.copyOfRange(level1, n * 32, n * 32 + 32), TlogClient.mth(hashes), "level 1 hash " + n);
        }
        // a partial tile of a width the tree had earlier is still the same hashes
        byte[] full = tile(base, "0/000", size);
        assertArrayEquals(Arrays.copyOfRange(full, 0, 5 * 32), tile(base, "0/000.p/5", size));
    }

    /** The bundle holding an older register's non-public entries answers 404 and never shows them. */
    static void withheldBundle(URL base) {
        ApiClient api = ApiClient.anonymous(base);
        long size = TlogClient.parse(Http.text(get(base, "tlog/checkpoint"))).size();
        long n = (size - 1) / 256;
        String path = TlogClient.tilePath(0, n, size).substring(2);
        assertTrue(hasMaskedEntry(base, n * 256, (int) (size - n * 256)), "the legacy entries are in the last bundle");
        HttpResponse<byte[]> bundle = get(base, "tlog/tile/entries/" + path);
        assertEquals(404, bundle.statusCode());
        assertTrue(contentType(bundle).startsWith("application/problem+json"), contentType(bundle));
        assertFalse(Http.text(bundle).contains(LegacyRegisterEntries.MARKER), Http.text(bundle));
        assertEquals(200, get(base, "tlog/tile/0/" + path).statusCode(), "the hash tile still covers the entries");
        assertEquals(
                size,
                api.get("api/v1/register/head").json().getJsonNumber("size").longValue());
    }

    static void notFound(URL base) {
        long size = TlogClient.parse(Http.text(get(base, "tlog/checkpoint"))).size();
        long beyond = size / 256 + 1;
        for (String path : List.of(
                "tile/0/" + TlogClient.index(beyond),
                "tile/entries/" + TlogClient.index(beyond),
                "tile/0/" + TlogClient.index(size / 256) + ".p/255",
                "tile/1/x001/000",
                "tile/9/000.p/1",
                "tile/0/1",
                "tile/0/x000/000",
                "tile/0/000.p/0",
                "tile/entries/000.p/256",
                "tile/64/000",
                "nothing")) {
            HttpResponse<byte[]> answer = get(base, "tlog/" + path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(contentType(answer).startsWith("application/problem+json"), path + ": " + contentType(answer));
            assertEquals(
                    404,
                    Json.createReader(new StringReader(Http.text(answer)))
                            .readObject()
                            .getInt("status"),
                    path);
        }
    }

    /** The test witness configured for the suite (arquillian.xml, metryka.tlog.witnesses); its private key is here. */
    static final String WITNESS = "witness.test/metryka-it";

    private static final String WITNESS_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIJBh8SSegbEps23MJFKWNainYtlZwy4/aJtCQPSH5tzT";
    private static final String WITNESS_KEY_MATERIAL =
            "BDIPYjaD4PUTO2R+LKlGw8o7icSeiepsSBzji2DGhZmL"; // base64(0x04 ‖ key)

    /**
     * A configured witness posts its cosignature of the current checkpoint; it is kept, the checkpoint
     * carries it after the log's own signature, and the verification page names the witness. Bad
     * cosignatures, other checkpoints and garbage are refused as RFC 9457 problems.
     */
    static void cosignatures(URL base) throws Exception {
        PrivateKey key = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(WITNESS_PRIVATE)));
        byte[] raw = Arrays.copyOfRange(Base64.getDecoder().decode(WITNESS_KEY_MATERIAL), 1, 33);
        String note = Http.text(get(base, "tlog/checkpoint"));
        TlogClient.Checkpoint checkpoint = TlogClient.parse(note);
        long now = Instant.now().getEpochSecond();
        String line = TlogClient.cosignatureLine(WITNESS, key, raw, now, checkpoint.text());

        String forged = TlogClient.cosignatureLine(
                WITNESS, key, raw, now, checkpoint.text().replace("\n" + checkpoint.size() + "\n", "\n0\n"));
        assertProblem(post(base, note + forged + "\n"), 422);
        assertProblem(
                post(
                        base,
                        checkpoint.text() + "\n"
                                + TlogClient.cosignatureLine("witness.test/unknown", key, raw, now, checkpoint.text())
                                + "\n"),
                422);
        String otherRoot = checkpoint
                .text()
                .replace(
                        Base64.getEncoder().encodeToString(checkpoint.root()),
                        Base64.getEncoder().encodeToString(new byte[32]));
        assertProblem(
                post(base, otherRoot + "\n" + TlogClient.cosignatureLine(WITNESS, key, raw, now, otherRoot) + "\n"),
                409);
        assertProblem(post(base, "nie notatka"), 400);
        assertFalse(Http.text(get(base, "tlog/checkpoint")).contains(WITNESS), "nothing refused is kept");

        HttpResponse<byte[]> accepted = post(base, note + line + "\n");
        assertEquals(200, accepted.statusCode(), Http.text(accepted));
        String cosigned = Http.text(get(base, "tlog/checkpoint"));
        assertEquals(note + line + "\n", cosigned, "the log's signature first, then the witness's");
        assertEquals(cosigned, Http.text(accepted));
        assertTrue(TlogClient.signedBy(TlogClient.parse(cosigned), checkpoint.origin(), logKey(base)));
        assertEquals(200, post(base, note + line + "\n").statusCode(), "a cosignature sent again is kept once");
        assertEquals(cosigned, Http.text(get(base, "tlog/checkpoint")));

        String page = Http.text(get(base, "dokument/godziny-pracy-urzedu/weryfikacja"));
        assertTrue(page.contains(WITNESS), "the verification page names the witness");
        assertTrue(
                page.contains(TlogClient.vkey(checkpoint.origin(), logKey(base))), "and shows the log's verifier key");
    }

    private static byte[] logKey(URL base) {
        byte[] spki = Base64.getDecoder()
                .decode(ApiClient.anonymous(base)
                        .get("api/v1/register/key")
                        .json()
                        .getString("publicKey"));
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    private static void assertProblem(HttpResponse<byte[]> answer, int status) {
        assertEquals(status, answer.statusCode(), Http.text(answer));
        assertTrue(contentType(answer).startsWith("application/problem+json"), contentType(answer));
    }

    private static HttpResponse<byte[]> post(URL base, String note) {
        try {
            return ApiClient.http()
                    .send(
                            HttpRequest.newBuilder(Http.app(base, "tlog/cosignature"))
                                    .header("Content-Type", "text/plain; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(note, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The media type in lower case without spaces: {@code text/plain;charset=utf-8}. */
    private static String contentType(HttpResponse<byte[]> answer) {
        return answer.headers()
                .firstValue("Content-Type")
                .orElse("")
                .toLowerCase()
                .replace(" ", "");
    }

    private static HttpResponse<byte[]> get(URL base, String path) {
        return Http.get(Http.app(base, path));
    }
}
