package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;
import static pl.metryka.test.RegisterJson.hashes;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.deploycheck.RegisterAudit;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleProof;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.test.ApiClient;

/**
 * The register as a citizen's verifier sees it: rebuilt from the public JSON alone, its Merkle root
 * matches the signed tree head, the signature checks with the published key, and the proofs verify.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignedTreeHeadIT {

    @ArquillianResource
    private URL base;

    @Test
    void theSignedHeadMatchesTheRegisterRebuiltFromItsPublicJson() throws Exception {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject head = api.get("api/v1/register/head").json();
        long size = head.getJsonNumber("size").longValue();
        List<byte[]> leaves = leavesFromPublicJson(api, size);
        assertEquals(size, leaves.size());
        assertEquals(
                head.getString("rootHash"),
                MerkleHash.hex(MerkleTree.ofLeafHashes(leaves).root()));

        // the signed text in the head's format (docs/register-format.md): RFC 8785 since format 2
        String signed = TreeHead.signedText(
                head.getString("format").endsWith("/1") ? 1 : 2,
                size,
                head.getString("rootHash"),
                Instant.parse(head.getString("timestamp")));
        assertTrue(verify(api, signed, head.getString("signature")), "the head is signed by the published key");
        assertFalse(
                verify(api, signed.replace("\"size\":" + size, "\"size\":" + (size + 1)), head.getString("signature")),
                "a head with another size does not verify");
    }

    @Test
    void inclusionAndConsistencyProofsVerify() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject older = api.get("api/v1/register/head").json();
        long from = older.getJsonNumber("size").longValue();
        published(api, unique("Komunikat do sprawdzenia"), "<p>Treść.</p>");
        JsonObject newer = api.get("api/v1/register/head").json();
        long to = newer.getJsonNumber("size").longValue();
        assertEquals(from + 1, to, "one published entry (a draft's creation is not registered)");
        assertEquals(
                older.getString("rootHash"),
                api.get("api/v1/register/head?size=" + from).json().getString("rootHash"),
                "every head is kept");

        JsonObject consistency = api.get("api/v1/register/proof/consistency?from=" + from + "&to=" + to)
                .json();
        List<byte[]> path = hashes(consistency, "consistencyPath");
        byte[] oldRoot = MerkleHash.fromHex(older.getString("rootHash"));
        byte[] newRoot = MerkleHash.fromHex(newer.getString("rootHash"));
        assertTrue(MerkleProof.verifyConsistency(from, to, oldRoot, newRoot, path));
        assertFalse(
                MerkleProof.verifyConsistency(from, to, MerkleHash.leaf(new byte[] {1}), newRoot, path),
                "a rewritten past is not consistent with the saved head");

        for (long seq : new long[] {1, from / 2 + 1, to}) {
            JsonObject inclusion = api.get("api/v1/register/proof/inclusion?seq=" + seq + "&size=" + to)
                    .json();
            byte[] leaf = MerkleHash.fromHex(inclusion.getString("leafHash"));
            assertTrue(
                    MerkleProof.verifyInclusion(leaf, seq - 1, to, hashes(inclusion, "auditPath"), newRoot),
                    "seq " + seq);
        }
        assertEquals(
                400,
                api.get("api/v1/register/proof/inclusion?seq=" + (to + 1) + "&size=" + to)
                        .status());
    }

    /** Leaf hashes of the first {@code size} entries, from the public entries' JSON only. */
    private static List<byte[]> leavesFromPublicJson(ApiClient api, long size) {
        List<byte[]> leaves = new ArrayList<>();
        long after = 0;
        while (leaves.size() < size) {
            List<JsonObject> items = api.get("api/v1/register?after=" + after + "&limit=1000")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            for (JsonObject e : items) {
                if (leaves.size() == size) {
                    break;
                }
                if (e.getBoolean("masked", false)) {
                    // not public information: the entry is published with its leaf hash only
                    leaves.add(MerkleHash.fromHex(e.getString("leafHash")));
                    after = e.getJsonNumber("seq").longValue();
                    continue;
                }
                // rebuilt in the entry's own format from its public JSON (format 1 fixed order, format 2 RFC 8785)
                leaves.add(RegisterAudit.leafOf(e));
                after = e.getJsonNumber("seq").longValue();
            }
        }
        return leaves;
    }

    private static boolean verify(ApiClient api, String text, String signature) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                        .decode(api.get("api/v1/register/key").json().getString("publicKey"))));
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(key);
        check.update(text.getBytes(StandardCharsets.UTF_8));
        return check.verify(Base64.getDecoder().decode(signature));
    }
}
