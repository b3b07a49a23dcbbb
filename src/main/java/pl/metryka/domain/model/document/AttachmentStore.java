package pl.metryka.domain.model.document;

import java.util.Optional;

/** Content-addressed file store: a file is kept once under its SHA-256 and never overwritten. */
public interface AttachmentStore {

    AttachmentFile store(String fileName, String mediaType, byte[] content, String description);

    Optional<byte[]> content(String sha256);
}
