package pl.metryka.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as Metryka uses it: content hashes over canonical text, the register's hash chain
 * {@code SHA-256(prevHash bytes ‖ entry)}, and RFC 9162 Merkle leaf {@code SHA-256(0x00 ‖ entry)}
 * and node {@code SHA-256(0x01 ‖ left ‖ right)} hashes. One instance per thread.
 */
final class Hashes {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;

    Hashes() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] sha256(byte[] data) {
        return sha256.digest(data);
    }

    String hex(byte[] data) {
        return HEX.formatHex(sha256.digest(data));
    }

    String hexOfText(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] chain(byte[] prevHash, byte[] entry) {
        sha256.update(prevHash);
        return sha256.digest(entry);
    }

    byte[] chain(byte[] prevHash, byte[] entry, int length) {
        sha256.update(prevHash);
        sha256.update(entry, 0, length);
        return sha256.digest();
    }

    byte[] leaf(byte[] entry, int length) {
        sha256.update((byte) 0x00);
        sha256.update(entry, 0, length);
        return sha256.digest();
    }

    byte[] leaf(byte[] entry) {
        sha256.update((byte) 0x00);
        return sha256.digest(entry);
    }

    byte[] node(byte[] left, byte[] right) {
        sha256.update((byte) 0x01);
        sha256.update(left);
        return sha256.digest(right);
    }

    byte[] emptyTree() {
        return sha256.digest(new byte[0]);
    }

    static byte[] fromHex(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("not a SHA-256 hash: " + hex);
        }
        return bytes;
    }

    static String toHex(byte[] hash) {
        return HEX.formatHex(hash);
    }
}
