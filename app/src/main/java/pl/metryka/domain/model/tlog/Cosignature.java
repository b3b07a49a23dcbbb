package pl.metryka.domain.model.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A witness's Ed25519 cosignature of a checkpoint (c2sp.org/tlog-cosignature, type 0x04): the
 * witness signs "cosignature/v1", "time T" and the checkpoint's note text, and the signature line
 * carries the 8-byte big-endian timestamp T (POSIX seconds) before the 64-byte signature.
 */
public record Cosignature(NoteKey witness, long timestamp, byte[] signature) {

    public Cosignature {
        if (witness.type() != NoteKey.COSIGNATURE) {
            throw new IllegalArgumentException("A cosignature is by a key of type 0x04.");
        }
        if (timestamp < 0 || signature.length != NoteKey.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("A cosignature has a timestamp >= 0 and a 64-byte signature.");
        }
        signature = signature.clone();
    }

    /** What the witness signs for {@code checkpoint} at {@code timestamp}. */
    public static byte[] message(Checkpoint checkpoint, long timestamp) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + checkpoint.text()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The witness's cosignature in {@code line}, if the line is by that witness (name and key ID);
     * verified or not, see {@link #verifies(Checkpoint)}.
     */
    public static Optional<Cosignature> of(NoteSignature line, NoteKey witness) {
        byte[] bytes = line.signature();
        if (!line.isBy(witness) || bytes.length != 8 + NoteKey.SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        long timestamp = ByteBuffer.wrap(bytes).getLong();
        if (timestamp < 0) {
            return Optional.empty();
        }
        return Optional.of(new Cosignature(witness, timestamp, Arrays.copyOfRange(bytes, 8, bytes.length)));
    }

    public boolean verifies(Checkpoint checkpoint) {
        return witness.verifies(message(checkpoint, timestamp), signature);
    }

    public Instant time() {
        return Instant.ofEpochSecond(timestamp);
    }

    public NoteSignature line() {
        return NoteSignature.by(
                witness,
                ByteBuffer.allocate(8 + signature.length)
                        .putLong(timestamp)
                        .put(signature)
                        .array());
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cosignature c
                && witness.equals(c.witness)
                && timestamp == c.timestamp
                && Arrays.equals(signature, c.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * witness.hashCode() + Long.hashCode(timestamp)) + Arrays.hashCode(signature);
    }
}
