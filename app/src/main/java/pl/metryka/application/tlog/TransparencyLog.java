package pl.metryka.application.tlog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.register.MerkleHash;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.RegisterRepository;
import pl.metryka.domain.model.register.TreeHead;
import pl.metryka.domain.model.tlog.Checkpoint;
import pl.metryka.domain.model.tlog.NoteKey;
import pl.metryka.domain.model.tlog.NoteSignature;
import pl.metryka.domain.model.tlog.Tile;

/**
 * The register served the way C2SP transparency logs are (c2sp.org/tlog-tiles): the latest signed
 * tree head as a checkpoint, the Merkle tree as hash tiles and the entries as entry bundles.
 *
 * <p>The checkpoint's note signature is made when asked for, not stored: Ed25519 (RFC 8032) is
 * deterministic, so the same head, origin and key give the same bytes on every request and on every
 * instance of a cluster (they share the key, METRYKA_REGISTER_KEY), and the heads of a register kept
 * before checkpoints existed need no migration. The tree heads themselves stay as ChangeRegister
 * signs them; a checkpoint only ever names a head that is stored.
 */
@Stateless
public class TransparencyLog {

    @Inject
    private RegisterRepository register;

    @Inject
    private RegisterKey key;

    @Inject
    private LogSettings settings;

    @Inject
    private SubtreeHashes subtrees;

    @Inject
    private Cosignatures cosignatures;

    /** The log's own note key: named by the origin, signature type Ed25519. */
    public NoteKey noteKey() {
        return NoteKey.fromSpki(settings.origin(), NoteKey.ED25519, key.publicKeySpki());
    }

    /** The checkpoint of the latest signed tree head; empty before the first register entry. */
    public Optional<Checkpoint> latest() {
        return register.latestTreeHead().map(this::checkpoint);
    }

    /** The checkpoint of the stored tree head of this size. */
    public Optional<Checkpoint> ofSize(long size) {
        return register.treeHead(size).map(this::checkpoint);
    }

    private Checkpoint checkpoint(TreeHead head) {
        return settings.checkpoint(head);
    }

    /** The latest checkpoint as a signed note: the log's signature, then witnesses' cosignatures by name. */
    public Optional<String> signedCheckpoint() {
        return latest().map(this::signedNote);
    }

    /** The same for the stored tree head of this size; only stored heads are ever signed. */
    public Optional<String> signedCheckpoint(long size) {
        return ofSize(size).map(this::signedNote);
    }

    private String signedNote(Checkpoint checkpoint) {
        List<NoteSignature> signatures = new ArrayList<>();
        signatures.add(sign(checkpoint));
        cosignatures.of(checkpoint).forEach(c -> signatures.add(c.line()));
        return checkpoint.signedNote(signatures);
    }

    NoteSignature sign(Checkpoint checkpoint) {
        return NoteSignature.by(noteKey(), key.signature(checkpoint.textBytes()));
    }

    /** The tile's hashes concatenated (32 bytes each); empty when the latest signed tree does not have it. */
    public Optional<byte[]> hashTile(Tile tile) {
        if (tile.entries() || !tile.within(size())) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(tile.width() * MerkleHash.LENGTH);
        subtrees.hashes(tile.level(), tile.firstHash(), tile.width(), register::leafHashes)
                .forEach(bytes::writeBytes);
        return Optional.of(bytes.toByteArray());
    }

    /** An entry bundle, or why there is none. */
    public sealed interface Bundle {
        record Found(byte[] bytes) implements Bundle {}

        /** The latest signed tree does not reach this bundle. */
        record Beyond() implements Bundle {}

        /** It holds an entry that is not public information (an older register's), so it is not served at all. */
        record Withheld(long seq) implements Bundle {}
    }

    /**
     * The entry bundle: for each entry, a 2-byte big-endian length and the exact bytes its Merkle
     * leaf hashes ({@link MerkleHash#leafInput}). A bundle holding a masked entry (not public
     * information: the register shows it by its hashes only) is withheld whole, since its leaf bytes
     * are what is hidden; the hash tiles still cover it.
     */
    public Bundle entryBundle(Tile tile) {
        if (!tile.entries() || !tile.within(size())) {
            return new Bundle.Beyond();
        }
        List<RegisterEntry> entries = register.after(tile.firstHash(), tile.width());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (RegisterEntry entry : entries) {
            if (!entry.action().isPublicInformation()) {
                return new Bundle.Withheld(entry.seq());
            }
            byte[] leaf = MerkleHash.leafInput(entry);
            if (leaf.length > 0xFFFF) {
                throw new IllegalStateException(
                        "Register entry " + entry.seq() + " is longer than an entry bundle allows.");
            }
            bytes.write(leaf.length >>> 8);
            bytes.write(leaf.length & 0xFF);
            bytes.writeBytes(leaf);
        }
        if (entries.size() != tile.width()) {
            throw new IllegalStateException("The register has " + entries.size() + " entries after " + tile.firstHash()
                    + ", its tree head says " + tile.width());
        }
        return new Bundle.Found(bytes.toByteArray());
    }

    private long size() {
        return register.latestTreeHead().map(TreeHead::size).orElse(0L);
    }

    /** Text in the form verifiers configure: the log's verifier key ("vkey"), one line. */
    public String verifierKey() {
        return noteKey().vkey();
    }
}
