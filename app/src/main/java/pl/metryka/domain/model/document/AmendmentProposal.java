package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An amendment written by a clerk who may not publish (a REDAKTOR): the new text of a published
 * document, based on one of its revisions, with the reason. It is never public by itself; a
 * REDAKTOR_NACZELNY publishes it as an ordinary amendment (a conflict if the document changed
 * since its base revision) or rejects it.
 */
@Entity
@Table(name = "amendment_proposal")
public class AmendmentProposal {

    public enum Status {
        OPEN,
        PUBLISHED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "base_revision", nullable = false)
    private int baseRevision;

    @Column(nullable = false)
    private String title;

    @Lob
    @Column(nullable = false)
    private String body;

    @Embedded
    private Authorship authorship;

    @Column(nullable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_by_name", nullable = false)
    private String proposedByName;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected AmendmentProposal() {}

    public AmendmentProposal(
            long documentId, int baseRevision, RevisionContent content, String reason, Editor by, Instant now) {
        this.documentId = documentId;
        this.baseRevision = baseRevision;
        this.title = content.title();
        this.body = content.body();
        this.authorship = new Authorship(content);
        this.reason = reason;
        this.proposedBy = by.username();
        this.proposedByName = by.fullName();
        this.proposedAt = now;
        this.status = Status.OPEN;
    }

    public void decide(Status outcome, Editor by, Instant now) {
        if (status != Status.OPEN) {
            throw DocumentStateException.of("amendment.proposal.decided");
        }
        status = outcome;
        decidedBy = by.username();
        decidedAt = now;
    }

    /**
     * A redaction of the document reaches its proposals too: a passage removed from the published
     * versions must not survive in a proposal's copy of the text (open or decided), whatever its
     * status. Returns whether the proposal held it.
     */
    public boolean redact(String passage, String stub) {
        if (!body.contains(passage)) {
            return false;
        }
        body = body.replace(passage, stub);
        return true;
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** Empty (all null) for a proposal stored without them: the database gives back no value then. */
    public Authorship authorship() {
        return authorship == null ? new Authorship() : authorship;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String proposedByName() {
        return proposedByName;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }
}
