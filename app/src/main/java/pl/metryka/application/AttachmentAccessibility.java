package pl.metryka.application;

import java.util.Optional;
import pl.metryka.domain.model.document.FileContent;

/**
 * What a clerk should hear about an uploaded file before publishing it: a PDF that is not tagged
 * (a screen reader cannot follow its headings, lists and tables) or that is a scan with no text
 * at all (a screen reader reads nothing). Advice only: the upload is never refused for it, since
 * the law requires publishing the document as it is. A port: the PDF parser is infrastructure's.
 */
public interface AttachmentAccessibility {

    enum Warning {
        /** Text is there, but no structure (no /MarkInfo /Marked true, or no structure tree). */
        UNTAGGED_PDF("editor.file.warning.untagged"),
        /** No text could be read: most likely a scan, an image of the pages. */
        SCANNED_PDF("editor.file.warning.scan");

        private final String messageKey;

        Warning(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The key of its text in the messages bundles. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** The warning for this file, if any; empty for anything but a PDF, and for a tagged PDF with text. */
    Optional<Warning> check(String mediaType, FileContent content);
}
