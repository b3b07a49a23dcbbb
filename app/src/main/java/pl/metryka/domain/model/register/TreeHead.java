package pl.metryka.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.json.Jcs;

/**
 * A signed tree head: the Merkle root of the register's first {@code size} entries, when it was
 * signed, and the installation's Ed25519 signature over {@link #signedText()}. Every head is kept,
 * so an auditor who saved one can later demand a consistency proof from it.
 */
@Entity
@Table(name = "tree_head")
@NamedQuery(name = "TreeHead.latest", query = "SELECT h FROM TreeHead h ORDER BY h.size DESC")
public class TreeHead {

    /** Public name of the signed-text format, followed by its number (docs/register-format.md). */
    public static final String FORMAT_NAME = "metryka-tree-head/";
    /** The format new heads are signed in: RFC 8785 canonical JSON with a format member. */
    public static final int CURRENT_FORMAT = 2;

    @Id
    private long size;

    @Column(name = "root_hash", nullable = false)
    private String rootHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(nullable = false)
    private String signature;
    /** 1: heads signed before format 2 (fixed key order); 2: RFC 8785 with a format member. */
    @Column(name = "hash_format", nullable = false)
    private int hashFormat = CURRENT_FORMAT;

    protected TreeHead() {}

    public TreeHead(long size, String rootHash, Instant signedAt, String signature) {
        this.size = size;
        this.rootHash = rootHash;
        this.signedAt = signedAt;
        this.signature = signature;
    }

    /** The exact text a new head's signature covers: RFC 8785 JSON of format, size, root hash and timestamp. */
    public static String signedText(long size, String rootHash, Instant signedAt) {
        return signedText(CURRENT_FORMAT, size, rootHash, signedAt);
    }

    /** The signed text in a given format; format 1 had the fixed order size, rootHash, timestamp and no format member. */
    public static String signedText(int format, long size, String rootHash, Instant signedAt) {
        if (format == 1) {
            return CanonicalJson.object()
                    .put("size", size)
                    .put("rootHash", rootHash)
                    .put("timestamp", signedAt)
                    .toString();
        }
        return Jcs.canonicalize(Jcs.object(
                "format",
                FORMAT_NAME + format,
                "size",
                size,
                "rootHash",
                rootHash,
                "timestamp",
                CanonicalJson.instant(signedAt)));
    }

    public String signedText() {
        return signedText(hashFormat, size, rootHash, signedAt);
    }

    public long size() {
        return size;
    }

    public String rootHash() {
        return rootHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String signature() {
        return signature;
    }
    /** The public name of the signed text's format, e.g. {@code metryka-tree-head/2}. */
    public String format() {
        return FORMAT_NAME + hashFormat;
    }
}
