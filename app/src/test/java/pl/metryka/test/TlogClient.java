package pl.metryka.test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A transparency-log client written from the C2SP texts (signed-note, tlog-checkpoint, tlog-tiles)
 * and RFC 9162 alone, with nothing from Metryka's main code: it checks a checkpoint's Ed25519 note
 * signature, rebuilds a tree's root from hash tiles the way a tlog client does, and reads entry bundles.
 */
public final class TlogClient {

    private TlogClient() {}

    /** Fetches a tile by its path after {@code tile/}, e.g. {@code 0/x001/234.p/7}. */
    @FunctionalInterface
    public interface Tiles {
        byte[] fetch(String path);
    }

    public record Checkpoint(String origin, long size, byte[] root, String text, List<String> signatureLines) {}

    public static Checkpoint parse(String note) {
        int split = note.lastIndexOf("\n\n");
        String text = note.substring(0, split + 1);
        String[] lines = text.split("\n");
        List<String> signatures = Arrays.asList(note.substring(split + 2).split("\n"));
        return new Checkpoint(
                lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]), text, signatures);
    }

    /** key ID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ 32-byte key)[:4] (signed-note, Ed25519). */
    public static byte[] keyId(String name, byte[] rawKey) {
        MessageDigest sha = sha256();
        sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x01);
        sha.update(rawKey);
        return Arrays.copyOf(sha.digest(), 4);
    }

    /** The verifier key: name+hex(key ID)+base64(0x01 ‖ key). */
    public static String vkey(String name, byte[] rawKey) {
        byte[] material = new byte[33];
        material[0] = 1;
        System.arraycopy(rawKey, 0, material, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyId(name, rawKey)) + "+"
                + Base64.getEncoder().encodeToString(material);
    }

    /** Whether the note carries a valid Ed25519 signature line by {@code name} with this raw key. */
    public static boolean signedBy(Checkpoint checkpoint, String name, byte[] rawKey) throws Exception {
        byte[] spki = new byte[44];
        System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, spki, 0, 12);
        System.arraycopy(rawKey, 0, spki, 12, 32);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        for (String line : checkpoint.signatureLines()) {
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[0].equals("\u2014") || !parts[1].equals(name)) {
                continue;
            }
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            if (bytes.length != 68 || !Arrays.equals(Arrays.copyOf(bytes, 4), keyId(name, rawKey))) {
                continue;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(checkpoint.text().getBytes(StandardCharsets.UTF_8));
            if (verifier.verify(Arrays.copyOfRange(bytes, 4, 68))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A witness's cosignature line (tlog-cosignature, Ed25519, type 0x04): the witness signs
     * "cosignature/v1\ntime T\n" and the note text; the line carries key ID ‖ u64 T ‖ signature.
     */
    public static String cosignatureLine(String name, PrivateKey key, byte[] rawPublicKey, long time, String text)
            throws Exception {
        MessageDigest sha = sha256();
        sha.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x04);
        sha.update(rawPublicKey);
        byte[] id = Arrays.copyOf(sha.digest(), 4);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(("cosignature/v1\ntime " + time + "\n" + text).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ByteBuffer.allocate(4 + 8 + 64)
                .put(id)
                .putLong(time)
                .put(signer.sign())
                .array();
        return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(bytes);
    }

    /** {@code N} in 3-digit groups, all but the last prefixed with "x". */
    public static String index(long n) {
        String last = String.format("%03d", n % 1000);
        return n < 1000 ? last : index(n / 1000).replaceAll("(^|/)([0-9]{3})$", "$1x$2") + "/" + last;
    }

    /** The path of the level-{@code level} tile {@code n} as a tree of {@code size} leaves has it (full or partial). */
    public static String tilePath(int level, long n, long size) {
        long hashes = size >>> (8 * level);
        long width = Math.min(256, hashes - n * 256);
        return level + "/" + index(n) + (width == 256 ? "" : ".p/" + width);
    }

    /**
     * The root of a tree of {@code size} leaves from its tiles: the tree splits into one perfect
     * subtree per set bit k of the size, of 2^k = 256^L·2^j leaves, which is the perfect tree over
     * 2^j consecutive hashes of one level-L tile; the subtrees are folded right to left.
     */
    public static byte[] rootFromHashTiles(long size, Tiles tiles) {
        if (size == 0) {
            return sha256().digest();
        }
        List<byte[]> subtrees = new ArrayList<>();
        long offset = 0;
        for (int k = 62; k >= 0; k--) {
            if ((size & (1L << k)) == 0) {
                continue;
            }
            int level = k / 8;
            int count = 1 << (k % 8);
            long first = offset >>> (8 * level);
            byte[] tile = tiles.fetch(tilePath(level, first / 256, size));
            List<byte[]> hashes = new ArrayList<>();
            for (long i = first; i < first + count; i++) {
                int at = (int) (i % 256) * 32;
                hashes.add(Arrays.copyOfRange(tile, at, at + 32));
            }
            subtrees.add(mth(hashes));
            offset += 1L << k;
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = node(subtrees.get(i), root);
        }
        return root;
    }

    /** The entries of a bundle: each a big-endian uint16 length and that many bytes. */
    public static List<byte[]> entries(byte[] bundle) {
        List<byte[]> entries = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bundle);
        while (buffer.hasRemaining()) {
            byte[] entry = new byte[buffer.getShort() & 0xFFFF];
            buffer.get(entry);
            entries.add(entry);
        }
        return entries;
    }

    /** RFC 9162 leaf hash SHA-256(0x00 ‖ entry). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(entry);
        return sha.digest();
    }

    /** MTH over hashes taken as the leaves' hashes (RFC 9162 2.1), naively. */
    public static byte[] mth(List<byte[]> hashes) {
        if (hashes.size() == 1) {
            return hashes.get(0);
        }
        int k = Integer.highestOneBit(hashes.size() - 1);
        return node(mth(hashes.subList(0, k)), mth(hashes.subList(k, hashes.size())));
    }

    public static byte[] concat(List<byte[]> hashes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        hashes.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
