package pl.metryka.interfaces.web.citizen;

import java.util.List;
import pl.metryka.domain.model.document.Withholding;

/**
 * What the includes {@code content.xhtml} and {@code metryka.xhtml} read as {@code page}: the
 * citizens' document page, and the editor's preview, which shows a clerk exactly what will become
 * public by feeding the same includes with the form's content.
 */
public interface DocumentContent {

    /** The body as stored (sanitized HTML). */
    String getBody();

    /** An Art. 8 ust. 5 exclusion, or {@code null}. */
    Withholding getWithholding();

    List<DocumentSheet.AttachmentRow> getAttachments();

    List<DocumentSheet.AttachmentRow> getImages();

    List<DocumentSheet.Row> getMetryka();
}
