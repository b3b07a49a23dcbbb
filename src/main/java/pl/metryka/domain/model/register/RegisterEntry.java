package pl.metryka.domain.model.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import pl.metryka.domain.shared.CanonicalJson;

/**
 * One entry of the change register (rejestr zmian): who did what to which document revision,
 * when and why, chained to the entry before it by hash. Entries are only ever appended.
 */
@Entity
@Table(name = "register_entry")
@NamedQuery(name = "RegisterEntry.after", query = "SELECT e FROM RegisterEntry e WHERE e.seq > :after ORDER BY e.seq")
@NamedQuery(name = "RegisterEntry.forDocument", query = "SELECT e FROM RegisterEntry e WHERE e.documentId = :documentId ORDER BY e.seq")
@NamedQuery(name = "RegisterEntry.newestOfKinds", query = "SELECT e FROM RegisterEntry e WHERE e.action IN :actions ORDER BY e.seq DESC")
@NamedQuery(name = "RegisterEntry.newestOfKindsFor", query = "SELECT e FROM RegisterEntry e WHERE e.action IN :actions AND e.documentId IN :documentIds ORDER BY e.seq DESC")
public class RegisterEntry {

    @Id
    private long seq;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegisterAction action;
    @Column(name = "document_id")
    private Long documentId;
    private Integer revision;
    private String subject;
    private String reason;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "prev_hash", nullable = false)
    private String prevHash;
    @Column(nullable = false)
    private String hash;

    protected RegisterEntry() {
    }

    private RegisterEntry(long seq, Instant at, String actor, RegisterAction action, Long documentId, Integer revision,
                          String subject, String reason, String contentHash, String prevHash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.documentId = documentId;
        this.revision = revision;
        this.subject = subject;
        this.reason = reason;
        this.contentHash = contentHash;
        this.prevHash = prevHash;
        this.hash = ChainHash.of(prevHash, canonicalForm());
    }

    /** The next entry after {@code head}; the head moves to it. */
    public static RegisterEntry append(RegisterHead head, Change change) {
        RegisterEntry entry = new RegisterEntry(head.seq() + 1, change.at(), change.actor(), change.action(),
                change.documentId(), change.revision(), change.subject(), change.reason(), change.contentHash(), head.hash());
        head.advanceTo(entry);
        return entry;
    }

    /** The exact text the hash (and, for auditors, the Merkle leaf) is taken over. */
    public String canonicalForm() {
        return CanonicalJson.object()
                .put("seq", seq)
                .put("at", at)
                .put("actor", actor)
                .put("action", action.name())
                .put("documentId", documentId)
                .put("revision", revision)
                .put("subject", subject)
                .put("reason", reason)
                .put("contentHash", contentHash)
                .toString();
    }

    public boolean hashMatches() {
        return hash.equals(ChainHash.of(prevHash, canonicalForm()));
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Register entry " + seq + " is append-only.");
    }

    public long seq() { return seq; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public RegisterAction action() { return action; }
    public Long documentId() { return documentId; }
    public Integer revision() { return revision; }
    public String subject() { return subject; }
    public String reason() { return reason; }
    public String contentHash() { return contentHash; }
    public String prevHash() { return prevHash; }
    public String hash() { return hash; }
}
