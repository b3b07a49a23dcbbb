package pl.metryka.domain.model.tlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A witness's cosignature of the checkpoint of one tree size, as received and verified: its
 * signature line is kept verbatim, so the checkpoint can carry it again. Append-only.
 */
@Entity
@Table(name = "tlog_cosignature")
@NamedQuery(
        name = "WitnessCosignature.forSize",
        query = "SELECT c FROM WitnessCosignature c WHERE c.size = :size ORDER BY c.witness, c.keyId")
public class WitnessCosignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String witness;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(name = "signed_at", nullable = false)
    private long signedAt;

    @Column(nullable = false)
    private String line;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected WitnessCosignature() {}

    public WitnessCosignature(long size, Cosignature cosignature, Instant receivedAt) {
        this.size = size;
        this.witness = cosignature.witness().name();
        this.keyId = String.format("%08x", cosignature.witness().keyId());
        this.signedAt = cosignature.timestamp();
        this.line = cosignature.line().line();
        this.receivedAt = receivedAt;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Cosignatures are append-only.");
    }

    public long size() {
        return size;
    }

    public String witness() {
        return witness;
    }

    public String keyId() {
        return keyId;
    }

    public long signedAt() {
        return signedAt;
    }

    public String line() {
        return line;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
