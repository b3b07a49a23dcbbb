package pl.metryka.interfaces.web.panel.editor;

import java.io.Serializable;

/** A file of the form: already stored ({@code sha256} of a saved revision) or just uploaded. */
public final class FormFile implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final String mediaType;
    private final long size;
    private final String sha256;
    private String description;
    // the message key of an accessibility warning (untagged or scanned PDF), null when none
    private String warning;

    FormFile(String fileName, String mediaType, long size, String sha256, String description) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.description = description;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWarning() {
        return warning;
    }

    void setWarning(String warning) {
        this.warning = warning;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
