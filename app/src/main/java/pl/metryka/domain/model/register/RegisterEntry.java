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
import pl.metryka.json.Jcs;

/**
 * One entry of the change register (rejestr zmian): who did what to which document revision,
 * when and why, chained to the entry before it by hash. Entries are only ever appended.
 */
@Entity
@Table(name = "register_entry")
@NamedQuery(name = "RegisterEntry.after", query = "SELECT e FROM RegisterEntry e WHERE e.seq > :after ORDER BY e.seq")
@NamedQuery(
        name = "RegisterEntry.forDocument",
        query = "SELECT e FROM RegisterEntry e WHERE e.documentId = :documentId ORDER BY e.seq")
@NamedQuery(
        name = "RegisterEntry.newestOfKinds",
        query = "SELECT e FROM RegisterEntry e WHERE e.action IN :actions ORDER BY e.seq DESC")
@NamedQuery(
        name = "RegisterEntry.newestOfKindsFor",
        query =
                "SELECT e FROM RegisterEntry e WHERE e.action IN :actions AND e.documentId IN :documentIds ORDER BY e.seq DESC")
public class RegisterEntry {

    /** Public name of the entry format, followed by its number (docs/register-format.md). */
    public static final String FORMAT_NAME = "metryka-register/";
    /** The format new entries are written in: RFC 8785 canonical JSON with a format member. */
    public static final int CURRENT_FORMAT = 2;

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
    /** 1: entries written before format 2 (fixed key order), which stay verifiable as they are; 2: RFC 8785. */
    @Column(name = "hash_format", nullable = false)
    private int hashFormat = CURRENT_FORMAT;

    protected RegisterEntry() {}

    /** The change as recorded at {@code seq}, chained to the entry before it. */
    private RegisterEntry(long seq, Change change, String prevHash) {
        this.seq = seq;
        this.at = change.at();
        this.actor = change.actor();
        this.action = change.action();
        this.documentId = change.documentId();
        this.revision = change.revision();
        this.subject = change.subject();
        this.reason = change.reason();
        this.contentHash = change.contentHash();
        this.prevHash = prevHash;
        this.hash = ChainHash.of(prevHash, canonicalForm());
    }

    /** The next entry after {@code head}; the head moves to it. */
    public static RegisterEntry append(RegisterHead head, Change change) {
        RegisterEntry entry = new RegisterEntry(head.seq() + 1, change, head.hash());
        head.advanceTo(entry);
        return entry;
    }

    /** The exact text the hash and the Merkle leaf are taken over, in the entry's own format. */
    public String canonicalForm() {
        if (hashFormat == 1) {
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
        return Jcs.canonicalize(Jcs.object(
                "format", format(),
                "seq", seq,
                "at", CanonicalJson.instant(at),
                "actor", actor,
                "action", action.name(),
                "documentId", documentId,
                "revision", revision,
                "subject", subject,
                "reason", reason,
                "contentHash", contentHash));
    }

    public boolean hashMatches() {
        return hash.equals(ChainHash.of(prevHash, canonicalForm()));
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Register entry " + seq + " is append-only.");
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public RegisterAction action() {
        return action;
    }

    public Long documentId() {
        return documentId;
    }

    public Integer revision() {
        return revision;
    }

    public String subject() {
        return subject;
    }

    public String reason() {
        return reason;
    }

    public String contentHash() {
        return contentHash;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
    /** The public name of the entry's format, e.g. {@code metryka-register/2}. */
    public String format() {
        return FORMAT_NAME + hashFormat;
    }
}
