package pl.metryka.domain.model.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.model.category.Category;

/**
 * A document of the bulletin, the aggregate root of its revisions.
 *
 * <p>A clerk creates it as a <em>draft</em> (revision 1, still editable). It is then published
 * at once or <em>scheduled</em>; the moment it actually becomes public is set by the server and
 * fixes revision 1 for good. Each <em>amendment</em> adds a new published revision, based on the
 * current one and with a reason; an amendment based on an older revision is a conflict. A
 * document may be <em>withdrawn</em> (with a reason and legal basis; its revisions stay
 * readable) and <em>archived</em>. Nothing is ever deleted.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = "Document.bySlug", query = "SELECT d FROM Document d WHERE d.slug = :slug")
@NamedQuery(
        name = "Document.public",
        query = "SELECT d FROM Document d WHERE d.status IN :statuses ORDER BY d.firstPublishedAt DESC, d.id DESC")
@NamedQuery(
        name = "Document.publicIn",
        query =
                "SELECT d FROM Document d WHERE d.status IN :statuses AND d.category.id IN :categories ORDER BY d.firstPublishedAt DESC, d.id DESC")
@NamedQuery(
        name = "Document.publicInOldestFirst",
        query =
                "SELECT d FROM Document d WHERE d.status IN :statuses AND d.category.id IN :categories ORDER BY d.firstPublishedAt ASC, d.id ASC")
@NamedQuery(
        name = "Document.publicIdsIn",
        query = "SELECT d.id FROM Document d WHERE d.status IN :statuses AND d.category.id IN :categories")
@NamedQuery(
        name = "Document.countPublicIn",
        query = "SELECT COUNT(d) FROM Document d WHERE d.status IN :statuses AND d.category.id IN :categories")
@NamedQuery(name = "Document.countPublic", query = "SELECT COUNT(d) FROM Document d WHERE d.status IN :statuses")
@NamedQuery(
        name = "Document.dueForPublication",
        query =
                "SELECT d.id FROM Document d WHERE d.status = pl.metryka.domain.model.document.DocumentStatus.SCHEDULED AND d.scheduledFor <= :now")
@NamedQuery(name = "Document.countAll", query = "SELECT COUNT(d) FROM Document d")
@NamedQuery(name = "Document.byImportSource", query = "SELECT d FROM Document d WHERE d.importSource = :source")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status;

    private boolean archived;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "current_revision")
    private Integer currentRevision;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Embedded
    private Withdrawal withdrawal;
    /** The document's identifier in the BIP it was imported from; null for documents made here. */
    @Column(name = "import_source")
    private String importSource;

    @Version
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Revision> revisions = new ArrayList<>();

    protected Document() {}

    public static Document draft(
            String slug, Category category, RevisionContent content, Editor editor, String issuer, Instant now) {
        Document document = new Document();
        document.slug = slug;
        document.category = category;
        document.status = DocumentStatus.DRAFT;
        document.createdAt = now;
        document.createdBy = editor.username();
        document.revisions.add(new Revision(document, 1, content, editor, issuer, null, now));
        return document;
    }

    /** Marks a document being imported with its identifier in the source BIP (once, before it is stored). */
    public void importedFrom(String sourceId) {
        if (importSource != null || id != null) {
            throw DocumentStateException.of("document.importSource.onlyNew");
        }
        importSource = sourceId;
    }

    public void reviseDraft(RevisionContent content, Editor editor, String issuer, Instant now) {
        requireStatus(DocumentStatus.DRAFT, DocumentStatus.SCHEDULED);
        draftRevision().revise(content, editor, issuer, now);
    }

    public void moveTo(Category newCategory) {
        this.category = newCategory;
    }

    /**
     * Moves a published document to another category of the menu and returns the one it left. Its
     * revisions stay as they are: the category is not part of what a revision's hash covers, so
     * every published hash still verifies; the move itself is a change the register records.
     */
    public Category moveToCategory(Category newCategory) {
        requireStatus(DocumentStatus.PUBLISHED);
        if (newCategory == null) {
            throw DocumentStateException.of("document.move.categoryRequired");
        }
        Category old = category;
        if (old == newCategory || old != null && old.id() != null && old.id().equals(newCategory.id())) {
            throw DocumentStateException.of("document.move.sameCategory", newCategory.name());
        }
        category = newCategory;
        return old;
    }

    public void schedule(Instant at, Instant now) {
        requireStatus(DocumentStatus.DRAFT, DocumentStatus.SCHEDULED);
        if (!at.isAfter(now)) {
            throw DocumentStateException.of("document.schedule.past");
        }
        status = DocumentStatus.SCHEDULED;
        scheduledFor = at;
    }

    /** Makes the draft public now; {@code now} is the real moment, also for a scheduled publication. */
    public Revision publish(String issuer, Instant now) {
        return publish(issuer, now, null);
    }

    /**
     * Publication of a revision imported from a former BIP: {@code now} is when this bulletin publishes
     * it, {@code publishedElsewhereAt} when the former BIP did (kept beside it in the metryka).
     */
    public Revision publish(String issuer, Instant now, Instant publishedElsewhereAt) {
        requireStatus(DocumentStatus.DRAFT, DocumentStatus.SCHEDULED);
        Revision revision = draftRevision();
        if (publishedElsewhereAt != null) {
            revision.publishedElsewhereAt(publishedElsewhereAt);
        }
        revision.publish(now, issuer);
        status = DocumentStatus.PUBLISHED;
        firstPublishedAt = now;
        scheduledFor = null;
        currentRevision = revision.number();
        return revision;
    }

    public Revision amend(
            int baseRevision, RevisionContent content, String reason, Editor editor, String issuer, Instant now) {
        return amend(baseRevision, content, reason, editor, issuer, now, null);
    }

    /** An amendment; {@code publishedElsewhereAt} is set only for a revision imported from a former BIP. */
    public Revision amend(
            int baseRevision,
            RevisionContent content,
            String reason,
            Editor editor,
            String issuer,
            Instant now,
            Instant publishedElsewhereAt) {
        requireStatus(DocumentStatus.PUBLISHED);
        if (baseRevision != currentRevision) {
            throw new RevisionConflictException(baseRevision, currentRevision);
        }
        Revision revision = new Revision(this, currentRevision + 1, content, editor, issuer, reason, now);
        if (publishedElsewhereAt != null) {
            revision.publishedElsewhereAt(publishedElsewhereAt);
        }
        revision.publish(now, issuer);
        revisions.add(revision);
        currentRevision = revision.number();
        return revision;
    }

    public void withdraw(String reason, String legalBasis, Editor by, Instant now) {
        requireStatus(DocumentStatus.PUBLISHED);
        status = DocumentStatus.WITHDRAWN;
        withdrawal = new Withdrawal(now, by.fullName(), reason, legalBasis);
    }

    /**
     * Applies one redaction to one published revision: the new body and, for an attachment, the
     * stub in place of the removed file. The redaction's record must already be stored.
     */
    public void redact(RedactedRevision change, String newBody, AttachmentFile stub) {
        if (change.documentId() != id) {
            throw new IllegalArgumentException("A redaction of document " + change.documentId() + " applied to " + id);
        }
        Revision revision = revision(change.revision())
                .filter(Revision::isPublished)
                .orElseThrow(() ->
                        DocumentStateException.of("document.revision.notPublished", String.valueOf(change.revision())));
        revision.redact(newBody, change.removedSha256(), stub, change.redactedHash());
    }

    public void archive(Instant now) {
        requireStatus(DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN);
        if (archived) {
            throw DocumentStateException.of("document.archived.already");
        }
        archived = true;
        archivedAt = now;
    }

    private void requireStatus(DocumentStatus... allowed) {
        for (DocumentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw DocumentStateException.of("document.status.forbids", String.valueOf(status));
    }

    private Revision draftRevision() {
        return revisions.get(revisions.size() - 1);
    }

    public boolean isPublic() {
        return status == DocumentStatus.PUBLISHED || status == DocumentStatus.WITHDRAWN;
    }

    /** The newest published revision, or the draft of a document never published. */
    public Revision currentRevision() {
        return currentRevision == null
                ? draftRevision()
                : revision(currentRevision).orElseThrow();
    }

    public Optional<Revision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The revision the public saw just before {@code t}, if the document was public by then. */
    public Optional<Revision> revisionAsOf(Instant t) {
        return publishedRevisions().stream()
                .filter(r -> r.metryka().publishedAt().isBefore(t))
                .reduce((earlier, later) -> later);
    }

    public boolean withdrawnBefore(Instant t) {
        return withdrawal() != null && withdrawal.at().isBefore(t);
    }

    public boolean archivedBefore(Instant t) {
        return archived && archivedAt.isBefore(t);
    }

    public List<Revision> publishedRevisions() {
        return revisions.stream().filter(Revision::isPublished).toList();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public Category category() {
        return category;
    }

    public DocumentStatus status() {
        return status;
    }

    public boolean archived() {
        return archived;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public Integer currentRevisionNumber() {
        return currentRevision;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Withdrawal withdrawal() {
        return status == DocumentStatus.WITHDRAWN ? withdrawal : null;
    }

    public String importSource() {
        return importSource;
    }

    public long version() {
        return version;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }
}
