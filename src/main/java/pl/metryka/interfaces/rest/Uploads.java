package pl.metryka.interfaces.rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import pl.metryka.application.NewAttachment;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.rest.DocumentRequests.Upload;

/** Decodes the base64 files of a JSON request, naming the attachment whose content is not base64. */
final class Uploads {

    private Uploads() {
    }

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
            try {
                byte[] content = u.contentBase64 == null ? new byte[0] : Base64.getMimeDecoder().decode(u.contentBase64);
                files.add(new NewAttachment(u.fileName, u.mediaType, content, u.description));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field + "[" + i + "].contentBase64", "Zawartość pliku nie jest poprawnym base64.");
            }
        }
        return files;
    }
}
