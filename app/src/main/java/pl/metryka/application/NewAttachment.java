package pl.metryka.application;

import pl.metryka.domain.model.document.AttachmentFile;
import pl.metryka.domain.model.document.AttachmentStore;
import pl.metryka.domain.model.document.FileContent;

/**
 * An uploaded file, before it is stored; {@code description} is required for images (their alt text).
 * The file name is kept without control and format characters ({@link FileNames#clean}): a NUL, a line
 * break or a right-to-left override (U+202E, which shows "cod.exe" as "exe.doc") never reaches the
 * stored name, a page or a download's Content-Disposition. The content is a stream (an API upload is
 * spooled to disk), so holding an attachment does not hold its bytes.
 */
public record NewAttachment(String fileName, String mediaType, FileContent content, String description) {

    public NewAttachment {
        fileName = FileNames.clean(fileName);
    }

    /** Small contents held in memory (the editor's uploads, tests). */
    public NewAttachment(String fileName, String mediaType, byte[] content, String description) {
        this(fileName, mediaType, content == null ? null : FileContent.of(content), description);
    }

    /** Stores the file (after its checks passed), its name trimmed and a blank description dropped. */
    public AttachmentFile storeIn(AttachmentStore files) {
        return files.store(
                fileName.strip(),
                mediaType,
                content,
                description == null || description.isBlank() ? null : description.strip());
    }
}
