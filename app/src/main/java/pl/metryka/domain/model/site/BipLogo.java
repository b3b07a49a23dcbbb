package pl.metryka.domain.model.site;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The official BIP logo file the administrator uploaded (§ 11 of the BIP regulation: the BIP sign
 * at the top of the page, linked to the main BIP page). One per bulletin; the application checks
 * the file (type, size, no script in an SVG) before it is stored.
 */
@Entity
@Table(name = "bip_logo")
public class BipLogo {

    static final byte THE_ONLY_ID = 1;

    @Id
    private byte id = THE_ONLY_ID;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    /** Who uploaded the file and when: the same two facts as every site setting, in this table's columns. */
    @Embedded
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at", nullable = false))
    @AttributeOverride(name = "by", column = @Column(name = "uploaded_by", nullable = false))
    private LastEdit lastEdit;

    @Version
    private long version;

    protected BipLogo() {}

    public BipLogo(String mediaType, byte[] content, String sha256, String by, Instant at) {
        replace(mediaType, content, sha256, by, at);
    }

    public final void replace(String mediaType, byte[] content, String sha256, String by, Instant at) {
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.lastEdit = new LastEdit(by, at);
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public LastEdit lastEdit() {
        return lastEdit;
    }
}
