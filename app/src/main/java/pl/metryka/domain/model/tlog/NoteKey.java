package pl.metryka.domain.model.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import pl.metryka.domain.shared.Sha256;

/**
 * A public Ed25519 key as signed notes name it (c2sp.org/signed-note): a key name, a signature type
 * ({@link #ED25519} for the log's own signature, {@link #COSIGNATURE} for a witness's timestamped
 * cosignature) and the raw 32-byte key. Its key ID is the first four bytes of
 * SHA-256(name ‖ 0x0A ‖ type ‖ key); its verifier key ("vkey") is name+hex(ID)+base64(type ‖ key).
 */
public record NoteKey(String name, byte type, byte[] publicKey) {

    public static final byte ED25519 = 0x01;
    public static final byte COSIGNATURE = 0x04;
    public static final int KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows it. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public NoteKey {
        if (!validName(name)) {
            throw new IllegalArgumentException("A key name is non-empty, without spaces or '+': " + name);
        }
        if (publicKey == null || publicKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("An Ed25519 public key has " + KEY_LENGTH + " bytes.");
        }
        publicKey = publicKey.clone();
    }

    /** The key of the X.509 SubjectPublicKeyInfo Java encodes Ed25519 public keys in. */
    public static NoteKey fromSpki(String name, byte type, byte[] spki) {
        if (spki.length != SPKI_PREFIX.length + KEY_LENGTH
                || !Arrays.equals(Arrays.copyOf(spki, SPKI_PREFIX.length), SPKI_PREFIX)) {
            throw new IllegalArgumentException("Not an Ed25519 SubjectPublicKeyInfo.");
        }
        return new NoteKey(name, type, Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length));
    }

    /** Reads a verifier key, {@code name+hexid+base64(type‖key)}; the ID must be the one the key gives. */
    public static NoteKey parseVkey(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3); // base64 may hold "+", a name may not
        if (parts.length != 3) {
            throw new IllegalArgumentException("A verifier key is name+id+key: " + vkey);
        }
        byte[] material;
        try {
            material = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key of a verifier key is base64: " + vkey, e);
        }
        if (material.length != 1 + KEY_LENGTH) {
            throw new IllegalArgumentException("Only Ed25519 verifier keys (1 + 32 bytes) are supported: " + vkey);
        }
        NoteKey key = new NoteKey(parts[0], material[0], Arrays.copyOfRange(material, 1, material.length));
        if (key.type != ED25519 && key.type != COSIGNATURE) {
            throw new IllegalArgumentException("Unsupported signature type " + key.type + ": " + vkey);
        }
        if (!HexFormat.of().formatHex(key.keyIdBytes()).equals(parts[1])) {
            throw new IllegalArgumentException("The verifier key's ID does not match its key: " + vkey);
        }
        return key;
    }

    static boolean validName(String name) {
        return name != null
                && !name.isEmpty()
                && name.codePoints()
                        .noneMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20);
    }

    public int keyId() {
        byte[] id = keyIdBytes();
        return ((id[0] & 0xff) << 24) | ((id[1] & 0xff) << 16) | ((id[2] & 0xff) << 8) | (id[3] & 0xff);
    }

    private byte[] keyIdBytes() {
        MessageDigest digest = Sha256.digest();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(type);
        digest.update(publicKey);
        return Arrays.copyOf(digest.digest(), 4);
    }

    public String vkey() {
        byte[] material = new byte[1 + KEY_LENGTH];
        material[0] = type;
        System.arraycopy(publicKey, 0, material, 1, KEY_LENGTH);
        return name + "+" + HexFormat.of().formatHex(keyIdBytes()) + "+"
                + Base64.getEncoder().encodeToString(material);
    }

    /** Whether {@code signature} is this key's Ed25519 signature (RFC 8032) over {@code message}. */
    public boolean verifies(byte[] message, byte[] signature) {
        try {
            byte[] spki = new byte[SPKI_PREFIX.length + KEY_LENGTH];
            System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
            System.arraycopy(publicKey, 0, spki, SPKI_PREFIX.length, KEY_LENGTH);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteKey k
                && name.equals(k.name)
                && type == k.type
                && Arrays.equals(publicKey, k.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + type) + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return vkey();
    }
}
