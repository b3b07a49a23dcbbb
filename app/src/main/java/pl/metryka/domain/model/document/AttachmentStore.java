package pl.metryka.domain.model.document;

import java.util.Optional;

/** Content-addressed file store: a file is kept once under its SHA-256 and never overwritten. */
public interface AttachmentStore {

    /** Stores the content read as a stream: a large file is never held whole in memory. */
    AttachmentFile store(String fileName, String mediaType, FileContent content, String description);

    Optional<byte[]> content(String sha256);

    /**
     * Deletes a file a redaction removed, and its extracted text, if no attachment refers to it
     * any more (pending changes are written first). Returns whether the bytes are gone.
     */
    boolean removeIfUnused(String sha256);
}
