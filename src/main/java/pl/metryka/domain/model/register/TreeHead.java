package pl.metryka.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import pl.metryka.domain.shared.CanonicalJson;

/**
 * A signed tree head: the Merkle root of the register's first {@code size} entries, when it was
 * signed, and the installation's Ed25519 signature over {@link #signedText()}. Every head is kept,
 * so an auditor who saved one can later demand a consistency proof from it.
 */
@Entity
@Table(name = "tree_head")
@NamedQuery(name = "TreeHead.latest", query = "SELECT h FROM TreeHead h ORDER BY h.size DESC")
public class TreeHead {

    @Id
    private long size;
    @Column(name = "root_hash", nullable = false)
    private String rootHash;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;
    @Column(nullable = false)
    private String signature;

    protected TreeHead() {
    }

    public TreeHead(long size, String rootHash, Instant signedAt, String signature) {
        this.size = size;
        this.rootHash = rootHash;
        this.signedAt = signedAt;
        this.signature = signature;
    }

    /** The exact text that is signed: canonical JSON of size, root hash and timestamp. */
    public static String signedText(long size, String rootHash, Instant signedAt) {
        return CanonicalJson.object().put("size", size).put("rootHash", rootHash).put("timestamp", signedAt).toString();
    }

    public String signedText() {
        return signedText(size, rootHash, signedAt);
    }

    public long size() { return size; }
    public String rootHash() { return rootHash; }
    public Instant signedAt() { return signedAt; }
    public String signature() { return signature; }
}
