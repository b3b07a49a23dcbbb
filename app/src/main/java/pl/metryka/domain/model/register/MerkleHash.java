package pl.metryka.domain.model.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import pl.metryka.domain.shared.Sha256;

/**
 * The hashes of the Certificate Transparency Merkle tree (RFC 9162, section 2.1): leaf hash
 * {@code SHA-256(0x00 ‖ leaf)}, node hash {@code SHA-256(0x01 ‖ left ‖ right)}, empty tree
 * {@code SHA-256("")}. The distinct prefixes keep a leaf from being passed off as a node.
 */
public final class MerkleHash {

    public static final int LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHash() {}

    public static byte[] empty() {
        return Sha256.digest().digest();
    }

    public static byte[] leaf(byte[] leafInput) {
        MessageDigest digest = Sha256.digest();
        digest.update(LEAF_PREFIX);
        digest.update(leafInput);
        return digest.digest();
    }

    /** A register entry's leaf: the hash of {@link #leafInput(RegisterEntry)}. */
    public static byte[] leaf(RegisterEntry entry) {
        return leaf(leafInput(entry));
    }

    /** The exact bytes a register entry's leaf hashes (and a tlog entry bundle carries): its canonical form in UTF-8. */
    public static byte[] leafInput(RegisterEntry entry) {
        return entry.canonicalForm().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = Sha256.digest();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        byte[] hash = HexFormat.of().parseHex(hex);
        if (hash.length != LENGTH) {
            throw new IllegalArgumentException("A Merkle hash has " + LENGTH + " bytes, not " + hash.length + ".");
        }
        return hash;
    }

    public static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(MerkleHash::hex).toList();
    }

    public static List<byte[]> fromHex(List<String> hexes) {
        return hexes.stream().map(MerkleHash::fromHex).toList();
    }

    static boolean isHash(byte[] value) {
        return value != null && value.length == LENGTH;
    }
}
