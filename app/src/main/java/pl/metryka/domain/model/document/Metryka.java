package pl.metryka.domain.model.document;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The statutory metadata of one revision (Art. 8 ust. 6): the publishing body, who produced the
 * information (and their position) and when, who entered it, when it became public, and why it
 * changed. The body's name is copied in, so a later change of settings does not rewrite history.
 */
@Embeddable
public class Metryka {

    @Column(name = "issuer", nullable = false)
    private String issuer;

    @Embedded
    @AttributeOverride(name = "author", column = @Column(name = "author_name", nullable = false))
    private Authorship authorship;

    @Column(name = "editor_username", nullable = false)
    private String editorUsername;

    @Column(name = "editor_name", nullable = false)
    private String editorName;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "reason")
    private String reason;
    /** For a revision imported from a former BIP: when that BIP published it (null for revisions made here). */
    @Column(name = "published_elsewhere_at")
    private Instant publishedElsewhereAt;

    protected Metryka() {}

    Metryka(String issuer, RevisionContent content, Editor editor, String reason) {
        this.issuer = issuer;
        this.authorship = new Authorship(content);
        this.editorUsername = editor.username();
        this.editorName = editor.fullName();
        this.reason = reason;
    }

    void publishedElsewhereAt(Instant at) {
        this.publishedElsewhereAt = at;
    }

    void markPublished(Instant at, String currentIssuer) {
        this.publishedAt = at;
        this.issuer = currentIssuer;
    }

    public String issuer() {
        return issuer;
    }

    public Authorship authorship() {
        return authorship;
    }

    public String author() {
        return authorship.author();
    }

    public String authorPosition() {
        return authorship.authorPosition();
    }

    public LocalDate createdOn() {
        return authorship.createdOn();
    }

    public String editorUsername() {
        return editorUsername;
    }

    public String editorName() {
        return editorName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String reason() {
        return reason;
    }

    public Instant publishedElsewhereAt() {
        return publishedElsewhereAt;
    }
}
