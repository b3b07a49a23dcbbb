package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;
import java.time.Instant;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.Revision;

/**
 * What the editor knows of the stored document: its status, and the version the form is based
 * on — the revision number of a published one, or the moment a draft was saved — so that saving
 * over someone else's change is noticed as a conflict. {@code null} status: a new document.
 */
public final class DocumentFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private DocumentStatus status;
    private boolean archived;
    private String slug;
    private Integer baseRevision;
    private Instant draftSavedAt;
    private String enteredBy;
    private Instant createdAt;
    private Instant publishedAt;

    void fillFrom(Document document) {
        rebase(document);
        archived = document.archived();
        slug = document.slug();
        enteredBy = document.revisions().get(0).metryka().editorName();
        createdAt = document.createdAt();
        publishedAt = document.firstPublishedAt();
    }

    /** After a conflict the form is based on the version that is current now. */
    void rebase(Document current) {
        Revision now = current.currentRevision();
        status = current.status();
        baseRevision = current.currentRevisionNumber();
        draftSavedAt = current.currentRevisionNumber() == null ? now.savedAt() : null;
    }

    void draftSaved(Instant at) {
        draftSavedAt = at;
    }

    /** A proposal is based on the revision it was written against, so a stale one shows as a conflict. */
    void basedOn(Integer revision) {
        baseRevision = revision;
    }

    boolean isDraft() {
        return status == DocumentStatus.DRAFT || status == DocumentStatus.SCHEDULED;
    }

    boolean isPublished() {
        return status == DocumentStatus.PUBLISHED;
    }

    /** Published or withdrawn, and not archived yet. */
    boolean isArchivable() {
        return !archived && (isPublished() || status == DocumentStatus.WITHDRAWN);
    }

    Instant draftSavedAt() {
        return draftSavedAt;
    }

    public String getPublicUrl() {
        return slug == null ? null : "/dokument/" + slug;
    }

    String enteredBy() {
        return enteredBy;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public boolean isArchived() {
        return archived;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
