package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What one redaction did to one revision: how many occurrences it replaced, the content hash
 * before (the one the register recorded) and after, the SHA-256 of the new body (which the
 * database's guard trigger checks), and for an attachment the file removed and the stub put in.
 */
@Embeddable
public class RedactedRevision {

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private int occurrences;

    @Column(name = "original_hash", nullable = false)
    private String originalHash;

    @Column(name = "redacted_hash", nullable = false)
    private String redactedHash;

    @Column(name = "body_sha256", nullable = false)
    private String bodySha256;

    @Column(name = "removed_sha256")
    private String removedSha256;

    @Column(name = "stub_sha256")
    private String stubSha256;

    protected RedactedRevision() {}

    public RedactedRevision(
            long documentId,
            int revision,
            int occurrences,
            String originalHash,
            String redactedHash,
            String bodySha256,
            String removedSha256,
            String stubSha256) {
        this.documentId = documentId;
        this.revision = revision;
        this.occurrences = occurrences;
        this.originalHash = originalHash;
        this.redactedHash = redactedHash;
        this.bodySha256 = bodySha256;
        this.removedSha256 = removedSha256;
        this.stubSha256 = stubSha256;
    }

    public long documentId() {
        return documentId;
    }

    public int revision() {
        return revision;
    }

    public int occurrences() {
        return occurrences;
    }

    public String originalHash() {
        return originalHash;
    }

    public String redactedHash() {
        return redactedHash;
    }

    public String bodySha256() {
        return bodySha256;
    }

    public String removedSha256() {
        return removedSha256;
    }

    public String stubSha256() {
        return stubSha256;
    }
}
