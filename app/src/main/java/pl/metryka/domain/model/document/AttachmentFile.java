package pl.metryka.domain.model.document;

/**
 * A stored file as a revision refers to it: its name, type, size, content address, and a
 * description, which for an image is its alternative text.
 */
public record AttachmentFile(String fileName, String mediaType, long size, String sha256, String description) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
