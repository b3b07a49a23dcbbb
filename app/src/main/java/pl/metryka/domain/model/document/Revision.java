package pl.metryka.domain.model.document;

import static pl.metryka.domain.shared.Moment.POLAND;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.shared.CanonicalJson;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Sha256;
import pl.metryka.json.Jcs;

/**
 * One numbered version of a document: title, body, attachments and the metryka as it stood.
 * While a draft it may be revised; once published it is immutable, and its content hash (SHA-256
 * over {@link #canonicalForm()}) is what the change register vouches for.
 */
@Entity
@Table(name = "revision")
public class Revision {

    /** Public name of the content-hash format, followed by its number (docs/register-format.md). */
    public static final String FORMAT_NAME = "metryka-revision/";
    /** The format revisions published from now on are hashed in: RFC 8785 canonical JSON. */
    public static final int CURRENT_FORMAT = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionState state;

    @Column(nullable = false)
    private String title;

    @Lob
    @Column(nullable = false)
    private String body;

    @Embedded
    private Metryka metryka;

    @Embedded
    private Withholding withholding;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "content_hash")
    private String contentHash;
    /** The content hash after the latest redaction; contentHash stays the one recorded at publication. */
    @Column(name = "redacted_hash")
    private String redactedHash;
    /** 1: the fixed-key-order form of revisions published before format 2; 2: RFC 8785. Set at publication. */
    @Column(name = "hash_format", nullable = false)
    private int hashFormat = CURRENT_FORMAT;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    private transient boolean loadedAsPublished;
    private transient boolean redacting;

    protected Revision() {}

    Revision(
            Document document,
            int number,
            RevisionContent content,
            Editor editor,
            String issuer,
            String reason,
            Instant now) {
        this.document = document;
        this.number = number;
        this.state = RevisionState.DRAFT;
        this.metryka = new Metryka(issuer, content, editor, reason);
        fill(content, now);
    }

    void revise(RevisionContent content, Editor editor, String issuer, Instant now) {
        requireDraft();
        this.metryka = new Metryka(issuer, content, editor, metryka.reason());
        attachments.clear();
        fill(content, now);
    }

    void publish(Instant at, String issuer) {
        requireDraft();
        refuseCreatedAfter(at);
        metryka.markPublished(at, issuer);
        state = RevisionState.PUBLISHED;
        hashFormat = CURRENT_FORMAT;
        contentHash = computeContentHash();
    }

    /** Marks a revision being imported with the moment the former BIP published it (before it is published here). */
    void publishedElsewhereAt(Instant at) {
        requireDraft();
        metryka.publishedElsewhereAt(at);
    }

    /**
     * A document cannot be made (data wytworzenia) after the moment its version is published; checked
     * at the real moment, so also for a scheduled publication. Days are Polish calendar days.
     */
    private void refuseCreatedAfter(Instant publishedAt) {
        LocalDate publishedOn = publishedAt.atZone(POLAND).toLocalDate();
        if (metryka.createdOn() != null && metryka.createdOn().isAfter(publishedOn)) {
            throw InvalidInputException.of(
                    "createdOn",
                    "revision.createdOn.afterPublished",
                    metryka.createdOn().toString(),
                    String.valueOf(number),
                    publishedOn.toString());
        }
    }

    private void fill(RevisionContent content, Instant now) {
        this.title = content.title();
        this.body = content.body();
        this.withholding = content.withholding();
        this.savedAt = now;
        int position = 0;
        for (AttachmentFile file : content.attachments()) {
            attachments.add(new Attachment(this, position++, file));
        }
    }

    private void requireDraft() {
        if (state != RevisionState.DRAFT) {
            throw DocumentStateException.of("revision.published.unchangeable", String.valueOf(number));
        }
    }

    /** The exact text the content hash is taken over; anyone can rebuild it from the API's JSON. */
    public String canonicalForm() {
        return canonicalForm(body, attachments.stream().map(Attachment::file).toList());
    }

    /**
     * The canonical form this revision would have with another body and attachment files (for a
     * redaction), in the revision's own format: a redacted revision stays in the format it was
     * published in, so its original hash and its redacted hash are comparable.
     */
    String canonicalForm(String body, List<AttachmentFile> attachments) {
        return hashFormat == 1
                ? formatOneCanonicalForm(body, attachments)
                : Jcs.canonicalize(Jcs.object(
                        "format", format(),
                        "documentId", document.id(),
                        "number", number,
                        "title", title,
                        "body", body,
                        "issuer", metryka.issuer(),
                        "author", metryka.author(),
                        "authorPosition", metryka.authorPosition(),
                        "createdOn",
                                metryka.createdOn() == null
                                        ? null
                                        : metryka.createdOn().toString(),
                        "editor", metryka.editorName(),
                        "publishedAt", CanonicalJson.instant(metryka.publishedAt()),
                        "publishedElsewhereAt", CanonicalJson.instant(metryka.publishedElsewhereAt()),
                        "reason", metryka.reason(),
                        "withheld",
                                withholding() == null
                                        ? null
                                        : Jcs.object(
                                                "scope", withholding().scope(),
                                                "legalBasis", withholding().legalBasis(),
                                                "decidedBy", withholding().decidedBy(),
                                                "inInterestOf", withholding().inInterestOf()),
                        "attachments",
                                attachments.stream()
                                        .map(a -> (Object) Jcs.object(
                                                "fileName", a.fileName(),
                                                "mediaType", a.mediaType(),
                                                "size", a.size(),
                                                "sha256", a.sha256(),
                                                "description", a.description()))
                                        .toList()));
    }

    /** Format 1: keys in a fixed order, absent optional keys left out; kept so older revisions stay verifiable. */
    private String formatOneCanonicalForm(String body, List<AttachmentFile> attachments) {
        Withholding withholding = withholding();
        CanonicalJson withheld = withholding == null
                ? null
                : CanonicalJson.object()
                        .put("scope", withholding.scope())
                        .put("legalBasis", withholding.legalBasis())
                        .put("decidedBy", withholding.decidedBy())
                        // only when recorded: withholdings published before it existed keep their content hash
                        .with(w -> {
                            if (withholding.inInterestOf() != null) w.put("inInterestOf", withholding.inInterestOf());
                        });
        return CanonicalJson.object()
                .put("documentId", document.id())
                .put("number", number)
                .put("title", title)
                .put("body", body)
                .put("issuer", metryka.issuer())
                .put("author", metryka.author())
                .put("authorPosition", metryka.authorPosition())
                .put("createdOn", metryka.createdOn())
                .put("editor", metryka.editorName())
                .put("publishedAt", metryka.publishedAt())
                // only for imported revisions, so every revision made here keeps its content hash
                .with(c -> {
                    if (metryka.publishedElsewhereAt() != null)
                        c.put("publishedElsewhereAt", metryka.publishedElsewhereAt());
                })
                .put("reason", metryka.reason())
                .put("withheld", withheld)
                .putArray(
                        "attachments",
                        attachments,
                        (AttachmentFile a) -> CanonicalJson.object()
                                .put("fileName", a.fileName())
                                .put("mediaType", a.mediaType())
                                .put("size", a.size())
                                .put("sha256", a.sha256())
                                .put("description", a.description()))
                .toString();
    }

    public String computeContentHash() {
        return Sha256.hex(canonicalForm());
    }

    /** This revision's files with every file whose SHA-256 is {@code removedSha256} replaced by the stub (keeping its description). */
    public List<AttachmentFile> filesWith(String removedSha256, AttachmentFile stub) {
        return attachments.stream()
                .map(a -> removedSha256 != null && removedSha256.equals(a.sha256())
                        ? new AttachmentFile(
                                stub.fileName(), stub.mediaType(), stub.size(), stub.sha256(), a.description())
                        : a.file())
                .toList();
    }

    /** The content hash this revision would have with another body and attachment files. */
    public String hashWith(String body, List<AttachmentFile> attachments) {
        return Sha256.hex(canonicalForm(body, attachments));
    }

    /**
     * The one change a published revision allows: a redaction replaces its body, and files whose
     * SHA-256 is {@code removedSha256} by the stub file, exactly as the redaction record (already
     * written, so the database's guard accepts it) says, ending with {@code expectedHash}.
     */
    void redact(String newBody, String removedSha256, AttachmentFile stub, String expectedHash) {
        if (state != RevisionState.PUBLISHED) {
            throw DocumentStateException.of("revision.redact.notPublished");
        }
        if (!hashWith(newBody, filesWith(removedSha256, stub)).equals(expectedHash)) {
            throw new IllegalStateException("Redaction of revision " + number + " does not give the recorded hash.");
        }
        redacting = true;
        body = newBody;
        if (removedSha256 != null) {
            attachments.stream().filter(a -> removedSha256.equals(a.sha256())).forEach(a -> a.replaceBy(stub));
        }
        redactedHash = expectedHash;
    }

    @PostLoad
    void rememberPublishedState() {
        loadedAsPublished = state == RevisionState.PUBLISHED;
    }

    @PreUpdate
    @PreRemove
    void refuseChangeOncePublished() {
        // a redaction (redact above, after its record is written) is the only change let through
        if (loadedAsPublished && !redacting) {
            throw new IllegalStateException(
                    "Published revision " + number + " of document " + document.id() + " is immutable.");
        }
    }

    public boolean isPublished() {
        return state == RevisionState.PUBLISHED;
    }

    public Document document() {
        return document;
    }

    public int number() {
        return number;
    }

    public RevisionState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Metryka metryka() {
        return metryka;
    }
    /** Null when nothing was withheld (the database gives back an empty value for that). */
    public Withholding withholding() {
        return withholding == null || withholding.isEmpty() ? null : withholding;
    }

    public Instant savedAt() {
        return savedAt;
    }
    /** The hash recorded when this revision was published: the register's commitment. */
    public String contentHash() {
        return contentHash;
    }
    /** The content hash after the latest redaction, or null if never redacted. */
    public String redactedHash() {
        return redactedHash;
    }
    /** The public name of the format the content hash is taken in, e.g. {@code metryka-revision/2}. */
    public String format() {
        return FORMAT_NAME + hashFormat;
    }
    /** The hash of the content as it is now served (after redactions, if any). */
    public String currentHash() {
        return redactedHash != null ? redactedHash : contentHash;
    }

    public boolean isRedacted() {
        return redactedHash != null;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
