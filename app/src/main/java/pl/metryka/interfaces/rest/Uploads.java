package pl.metryka.interfaces.rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.model.document.FileContent;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.rest.DocumentRequests.Upload;

/**
 * The files of a JSON request, naming the attachment whose content is not base64. A document write's
 * files were already decoded to disk while its JSON was read ({@link StreamedUploads}); its
 * {@code contentBase64} then holds a spool reference. Any other base64 is decoded here.
 */
final class Uploads {

    private Uploads() {}

    static List<NewAttachment> decode(List<Upload> uploads) {
        return decode(uploads, "attachments");
    }

    /** {@code field} names the list in error messages, e.g. {@code revisions[2].attachments}. */
    static List<NewAttachment> decode(List<Upload> uploads, String field) {
        List<NewAttachment> files = new ArrayList<>();
        if (uploads == null) {
            return files;
        }
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            UploadSpool spool = UploadSpool.current();
            if (spool != null && spool.names(u.contentBase64)) {
                FileContent spooled = spool.content(u.contentBase64);
                if (spooled == null) {
                    throw notBase64(field, i);
                }
                files.add(new NewAttachment(u.fileName, u.mediaType, spooled, u.description));
                continue;
            }
            try {
                byte[] content = u.contentBase64 == null
                        ? new byte[0]
                        : Base64.getMimeDecoder().decode(u.contentBase64);
                files.add(new NewAttachment(u.fileName, u.mediaType, content, u.description));
            } catch (IllegalArgumentException e) {
                throw notBase64(field, i);
            }
        }
        return files;
    }

    private static InvalidInputException notBase64(String field, int i) {
        return InvalidInputException.of(field + "[" + i + "].contentBase64", "api.upload.notBase64");
    }
}
