package pl.metryka.domain.model.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * One signature line of a signed note: "— name base64(key ID ‖ signature)" (c2sp.org/signed-note).
 * The signature bytes are whatever the key's type signs: 64 bytes of Ed25519 for the log, an
 * 8-byte timestamp and 64 bytes for a witness cosignature.
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

    /** U+2014 EM DASH and a space start every signature line. */
    public static final String PREFIX = "\u2014 ";

    public NoteSignature {
        if (!NoteKey.validName(keyName)) {
            throw new IllegalArgumentException("Invalid key name: " + keyName);
        }
        signature = signature.clone();
    }

    public static NoteSignature by(NoteKey key, byte[] signature) {
        return new NoteSignature(key.name(), key.keyId(), signature);
    }

    /** A line, without its newline; empty when it is not a signature line. */
    public static Optional<NoteSignature> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split(" ", -1);
        if (parts.length != 2 || !NoteKey.validName(parts[0])) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length <= 4) {
            return Optional.empty();
        }
        return Optional.of(new NoteSignature(
                parts[0], ByteBuffer.wrap(bytes).getInt(), Arrays.copyOfRange(bytes, 4, bytes.length)));
    }

    public boolean isBy(NoteKey key) {
        return keyName.equals(key.name()) && keyId == key.keyId();
    }

    /** The line, without its newline. */
    public String line() {
        byte[] bytes = ByteBuffer.allocate(4 + signature.length)
                .putInt(keyId)
                .put(signature)
                .array();
        return PREFIX + keyName + " " + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s
                && keyName.equals(s.keyName)
                && keyId == s.keyId
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * keyName.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line();
    }
}
