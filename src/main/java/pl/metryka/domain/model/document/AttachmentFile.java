package pl.metryka.domain.model.document;

/** A stored file as a revision refers to it: its name, type, size and content address. */
public record AttachmentFile(String fileName, String mediaType, long size, String sha256) {
}
