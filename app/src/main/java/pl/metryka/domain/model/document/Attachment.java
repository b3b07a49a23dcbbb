package pl.metryka.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file attached to one revision. The bytes live once in the content-addressed store, under sha256. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id")
    private Revision revision;

    private int position;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    private long size;

    @Column(nullable = false)
    private String sha256;

    private String description;

    protected Attachment() {}

    Attachment(Revision revision, int position, AttachmentFile file) {
        this.revision = revision;
        this.position = position;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.description = file.description();
    }

    public AttachmentFile file() {
        return new AttachmentFile(fileName, mediaType, size, sha256, description);
    }

    /** A redaction's stub in place of the file (the revision checks the redaction record first). */
    void replaceBy(AttachmentFile stub) {
        this.fileName = stub.fileName();
        this.mediaType = stub.mediaType();
        this.size = stub.size();
        this.sha256 = stub.sha256();
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String description() {
        return description;
    }
}
