package pl.metryka.domain.model.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lawful removal from published history: who removed a passage of text, or an attachment file,
 * from which published revisions of a document, when, why and on what legal basis. It never holds
 * the removed text or file, only the stub that replaced it and the hashes before and after, so
 * the record can be public and append-only like the register.
 */
@Entity
@Table(name = "redaction")
@NamedQuery(
        name = "Redaction.ofDocument",
        query = "SELECT r FROM Redaction r WHERE r.documentId = :documentId ORDER BY r.id")
@NamedQuery(name = "Redaction.all", query = "SELECT r FROM Redaction r ORDER BY r.id")
public class Redaction {

    public enum Kind {
        TEXT,
        ATTACHMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String reason;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private String stub;

    @Column(name = "attachment_revision")
    private Integer attachmentRevision;

    @Column(name = "attachment_position")
    private Integer attachmentPosition;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "redaction_revision", joinColumns = @JoinColumn(name = "redaction_id"))
    private List<RedactedRevision> revisions = new ArrayList<>();

    protected Redaction() {}

    public Redaction(
            long documentId,
            Instant at,
            Editor by,
            Kind kind,
            String reason,
            String legalBasis,
            String stub,
            Integer attachmentRevision,
            Integer attachmentPosition,
            List<RedactedRevision> revisions) {
        this.documentId = documentId;
        this.at = at;
        this.actorUsername = by.username();
        this.actorName = by.fullName();
        this.kind = kind;
        this.reason = reason;
        this.legalBasis = legalBasis;
        this.stub = stub;
        this.attachmentRevision = attachmentRevision;
        this.attachmentPosition = attachmentPosition;
        this.revisions = new ArrayList<>(revisions);
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Instant at() {
        return at;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorName() {
        return actorName;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String stub() {
        return stub;
    }

    public Integer attachmentRevision() {
        return attachmentRevision;
    }

    public Integer attachmentPosition() {
        return attachmentPosition;
    }

    public List<RedactedRevision> revisions() {
        return revisions.stream()
                .sorted(Comparator.comparingInt(RedactedRevision::revision))
                .toList();
    }

    public List<Integer> revisionNumbers() {
        return revisions().stream().map(RedactedRevision::revision).toList();
    }

    public boolean touches(int revision) {
        return revisions.stream().anyMatch(r -> r.revision() == revision);
    }
}
