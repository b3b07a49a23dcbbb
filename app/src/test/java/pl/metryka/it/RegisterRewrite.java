package pl.metryka.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pl.metryka.domain.model.register.ChainHash;
import pl.metryka.domain.model.register.MerkleFrontier;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.MerkleTree;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.json.Jcs;

/**
 * The strongest attacker: database rights and the signing key. Changes one register entry and
 * recomputes everything after it consistently — the chain, the Merkle leaves, the frontier and
 * every tree head since, re-signed — so that the register checks out on its own. Only a head
 * saved earlier can tell. {@link #backup} and {@link #restore} put the honest register back.
 */
final class RegisterRewrite {

    private static final String[] TABLES = {"register_entry", "register_leaf", "tree_head", "register_head"};

    private RegisterRewrite() {}

    static void backup(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS bak_" + table);
                s.execute("CREATE TABLE bak_" + table + " AS SELECT * FROM " + table);
            }
        }
    }

    static void restore(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE register_entry e JOIN bak_register_entry b ON e.seq = b.seq "
                            + "SET e.actor = b.actor, e.prev_hash = b.prev_hash, e.hash = b.hash, e.hash_format = b.hash_format");
            s.executeUpdate(
                    "UPDATE register_leaf l JOIN bak_register_leaf b ON l.seq = b.seq SET l.leaf_hash = b.leaf_hash");
            s.executeUpdate("UPDATE tree_head t JOIN bak_tree_head b ON t.size = b.size "
                    + "SET t.root_hash = b.root_hash, t.signature = b.signature, t.hash_format = b.hash_format");
            s.executeUpdate("UPDATE register_head h JOIN bak_register_head b ON h.id = b.id "
                    + "SET h.seq = b.seq, h.hash = b.hash, h.frontier = b.frontier");
            for (String table : TABLES) {
                s.execute("DROP TABLE bak_" + table);
            }
        }
    }

    /** Gives entry {@code seq} another actor and recomputes the register from there on, re-signing every later head. */
    static void rewrite(Connection c, long seq, String actor) throws Exception {
        List<String> leaves = new ArrayList<>();
        String prev = Sha256.ZERO;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM register_entry ORDER BY seq")) {
            while (rs.next()) {
                long current = rs.getLong("seq");
                String canonical = canonical(rs, current == seq ? actor : rs.getString("actor"));
                if (current < seq) {
                    if (!rs.getString("hash").equals(ChainHash.of(rs.getString("prev_hash"), canonical))) {
                        throw new IllegalStateException(
                                "the test rebuilds entry " + current + " differently from the server");
                    }
                    leaves.add(MerkleHash.hex(MerkleHash.leaf(canonical.getBytes(StandardCharsets.UTF_8))));
                    prev = rs.getString("hash");
                    continue;
                }
                String hash = ChainHash.of(prev, canonical);
                String leaf = MerkleHash.hex(MerkleHash.leaf(canonical.getBytes(StandardCharsets.UTF_8)));
                update(
                        c,
                        "UPDATE register_entry SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        current == seq ? actor : rs.getString("actor"),
                        prev,
                        hash,
                        current);
                update(c, "UPDATE register_leaf SET leaf_hash = ? WHERE seq = ?", leaf, current);
                leaves.add(leaf);
                prev = hash;
            }
        }
        List<byte[]> hashes = MerkleHash.fromHex(leaves);
        MerkleTree tree = MerkleTree.ofLeafHashes(hashes);
        PrivateKey key = signingKey();
        List<Object[]> heads = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT size, signed_at, hash_format FROM tree_head WHERE size >= ? AND size <= ?")) {
            s.setLong(1, seq);
            s.setLong(2, hashes.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heads.add(
                            new Object[] {rs.getLong(1), instant(rs.getObject(2, LocalDateTime.class)), rs.getInt(3)});
                }
            }
        }
        for (Object[] head : heads) {
            long size = (Long) head[0];
            String root = MerkleHash.hex(tree.root(Math.toIntExact(size)));
            update(
                    c,
                    "UPDATE tree_head SET root_hash = ?, signature = ? WHERE size = ?",
                    root,
                    sign(key, TreeHead.signedText((Integer) head[2], size, root, (Instant) head[1])),
                    size);
        }
        update(
                c,
                "UPDATE register_head SET hash = ?, frontier = ? WHERE id = 1",
                prev,
                String.join(
                        ",", MerkleHash.hex(MerkleFrontier.ofLeafHashes(hashes).subtreeRoots())));
    }

    private static String canonical(ResultSet rs, String actor) throws Exception {
        Object documentId = rs.getObject("document_id");
        Object revision = rs.getObject("revision");
        if (rs.getInt("hash_format") == 2) { // RFC 8785 (docs/register-format.md)
            return Jcs.canonicalize(Jcs.object(
                    "format", "metryka-register/2",
                    "seq", rs.getLong("seq"),
                    "at", CanonicalJson.instant(instant(rs.getObject("at", LocalDateTime.class))),
                    "actor", actor,
                    "action", rs.getString("action"),
                    "documentId", documentId == null ? null : ((Number) documentId).longValue(),
                    "revision", revision == null ? null : ((Number) revision).intValue(),
                    "subject", rs.getString("subject"),
                    "reason", rs.getString("reason"),
                    "contentHash", rs.getString("content_hash")));
        }
        return CanonicalJson.object()
                .put("seq", rs.getLong("seq"))
                .put("at", instant(rs.getObject("at", LocalDateTime.class)))
                .put("actor", actor)
                .put("action", rs.getString("action"))
                .put("documentId", documentId == null ? null : ((Number) documentId).longValue())
                .put("revision", revision == null ? null : ((Number) revision).intValue())
                .put("subject", rs.getString("subject"))
                .put("reason", rs.getString("reason"))
                .put("contentHash", rs.getString("content_hash"))
                .toString();
    }

    private static Instant instant(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }

    private static PrivateKey signingKey() throws Exception {
        Path file = Path.of(System.getProperty("metryka.test.work.dir"), "data", "register-signing-key");
        String pkcs8 = Files.readString(file).strip().split("\\.")[0];
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
    }

    private static String sign(PrivateKey key, String text) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
