package pl.metryka.deploycheck;

import static pl.metryka.test.RegisterJson.hashes;
import static pl.metryka.test.RegisterJson.number;
import static pl.metryka.test.RegisterJson.text;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleProof;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.json.Jcs;
import pl.metryka.test.ApiClient;

/**
 * Checks the change register through the public API the way an outside auditor would: the
 * server's own chain verification, gap-free sequence numbers, each leaf recomputed from the
 * entry's JSON and proven included in the signed tree, consistency between two signed heads,
 * and the Ed25519 signature of the heads.
 */
public final class RegisterAudit {

    private final ApiClient api;

    RegisterAudit(ApiClient api) {
        this.api = api;
    }

    List<JsonObject> entries() {
        List<JsonObject> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JsonObject> page = Api.expect(api.get("api/v1/register?after=" + after + "&limit=1000"), 200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).getJsonNumber("seq").longValue();
        }
    }

    long headSize() {
        return Api.expect(api.get("api/v1/register/head"), 200)
                .json()
                .getJsonNumber("size")
                .longValue();
    }

    /** Returns a one-line summary; throws on the first problem. */
    String check(long olderSize, long proofsFrom) throws Exception {
        JsonObject verify = Api.expect(api.get("api/v1/register/verify"), 200).json();
        require(verify.getBoolean("valid"), "register/verify: " + verify);
        List<JsonObject> entries = entries();
        for (int i = 0; i < entries.size(); i++) {
            require(entries.get(i).getJsonNumber("seq").longValue() == i + 1, "sequence gap at position " + (i + 1));
        }
        require(
                verify.getJsonNumber("entries").longValue() == entries.size(),
                "verify counted " + verify + " of " + entries.size());

        JsonObject head = Api.expect(api.get("api/v1/register/head"), 200).json();
        long size = head.getJsonNumber("size").longValue();
        require(size == entries.size(), "signed head size " + size + " but " + entries.size() + " entries");
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                        .decode(Api.expect(api.get("api/v1/register/key"), 200)
                                .json()
                                .getString("publicKey"))));
        requireSigned(head, key);

        byte[] root = MerkleHash.fromHex(head.getString("rootHash"));
        int proven = 0;
        for (long seq = Math.max(1, proofsFrom); seq <= size; seq++) {
            JsonObject inclusion = Api.expect(
                            api.get("api/v1/register/proof/inclusion?seq=" + seq + "&size=" + size), 200)
                    .json();
            byte[] leaf = leafOf(entries.get((int) (seq - 1)));
            require(
                    Arrays.equals(leaf, MerkleHash.fromHex(inclusion.getString("leafHash"))),
                    "leaf of seq " + seq + " differs from its JSON");
            require(
                    MerkleProof.verifyInclusion(leaf, seq - 1, size, hashes(inclusion, "auditPath"), root),
                    "inclusion proof of seq " + seq + " fails");
            proven++;
        }
        int consistent = 0;
        for (long from : new long[] {1, olderSize}) {
            if (from < 1 || from > size) {
                continue;
            }
            JsonObject older = Api.expect(api.get("api/v1/register/head?size=" + from), 200)
                    .json();
            requireSigned(older, key);
            JsonObject proof = Api.expect(
                            api.get("api/v1/register/proof/consistency?from=" + from + "&to=" + size), 200)
                    .json();
            require(
                    MerkleProof.verifyConsistency(
                            from,
                            size,
                            MerkleHash.fromHex(older.getString("rootHash")),
                            root,
                            hashes(proof, "consistencyPath")),
                    "consistency proof " + from + " -> " + size + " fails");
            consistent++;
        }
        return "register valid: " + entries.size() + " entries, gap-free; " + proven + " inclusion proofs and "
                + consistent + " consistency proofs verified against signed heads (size " + size + ")";
    }

    private static void requireSigned(JsonObject head, PublicKey key) throws Exception {
        int format = formatNumber(head.getString("format", "metryka-tree-head/1"));
        String text = TreeHead.signedText(
                format,
                head.getJsonNumber("size").longValue(),
                head.getString("rootHash"),
                Instant.parse(head.getString("timestamp")));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        require(
                signature.verify(Base64.getDecoder().decode(head.getString("signature"))),
                "bad signature on head " + head);
    }

    /** The Merkle leaf of one published entry, rebuilt from its public JSON in its format (docs/register-format.md). */
    public static byte[] leafOf(JsonObject e) {
        if (e.getBoolean("masked", false)) {
            // an entry that is not public information shows no content: its published leaf hash is all there is
            return MerkleHash.fromHex(e.getString("leafHash"));
        }
        String format = e.getString("format", "metryka-register/1");
        if (formatNumber(format) == 2) { // RFC 8785 (docs/register-format.md)
            String canonical = Jcs.canonicalize(Jcs.object(
                    "format",
                    format,
                    "seq",
                    e.getJsonNumber("seq").longValue(),
                    "at",
                    e.getString("at"),
                    "actor",
                    text(e, "actor"),
                    "action",
                    e.getString("action"),
                    "documentId",
                    number(e, "documentId"),
                    "revision",
                    number(e, "revision"),
                    "subject",
                    text(e, "subject"),
                    "reason",
                    text(e, "reason"),
                    "contentHash",
                    text(e, "contentHash")));
            return MerkleHash.leaf(canonical.getBytes(StandardCharsets.UTF_8));
        }
        String canonical = CanonicalJson.object()
                .put("seq", e.getJsonNumber("seq").longValue())
                .put("at", Instant.parse(e.getString("at")))
                .put("actor", e.getString("actor"))
                .put("action", e.getString("action"))
                .put("documentId", number(e, "documentId"))
                .put(
                        "revision",
                        number(e, "revision") == null
                                ? null
                                : number(e, "revision").intValue())
                .put("subject", text(e, "subject"))
                .put("reason", text(e, "reason"))
                .put("contentHash", text(e, "contentHash"))
                .toString();
        return MerkleHash.leaf(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static int formatNumber(String format) {
        return Integer.parseInt(format.substring(format.lastIndexOf('/') + 1));
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
