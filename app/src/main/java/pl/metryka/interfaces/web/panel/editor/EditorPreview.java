package pl.metryka.interfaces.web.panel.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.interfaces.web.citizen.DocumentContent;
import pl.metryka.interfaces.web.citizen.DocumentSheet;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;

/**
 * The confirmation's preview: the citizens' includes fed with the form's content, so the clerk
 * sees exactly what will become public, with the metryka the new version will have.
 */
public final class EditorPreview implements DocumentContent {

    /** Who and what the metryka names besides the form: the issuer, the editor, the moment. */
    record Context(
            String issuer,
            String enteredBy,
            String userName,
            Instant firstPublishedAt,
            Integer baseRevision,
            Instant scheduledAt,
            boolean amendment) {}

    private final DocumentForm form;
    private final String sanitizedBody;
    private final AttachmentList files;
    private final Context context;
    private final Language lang;
    private final Formats fmt;

    EditorPreview(
            DocumentForm form,
            String sanitizedBody,
            AttachmentList files,
            Context context,
            Language lang,
            Formats fmt) {
        this.form = form;
        this.sanitizedBody = sanitizedBody;
        this.files = files;
        this.context = context;
        this.lang = lang;
        this.fmt = fmt;
    }

    public String getTitle() {
        return form.getTitle();
    }

    @Override
    public String getBody() {
        return sanitizedBody;
    }

    @Override
    public Withholding getWithholding() {
        return form.withholding();
    }

    @Override
    public List<DocumentSheet.AttachmentRow> getAttachments() {
        return files.rows();
    }

    @Override
    public List<DocumentSheet.AttachmentRow> getImages() {
        return getAttachments().stream()
                .filter(DocumentSheet.AttachmentRow::image)
                .toList();
    }

    @Override
    public List<DocumentSheet.Row> getMetryka() {
        List<DocumentSheet.Row> rows = new ArrayList<>();
        rows.add(row("issuer", "doc.issuer", context.issuer()));
        rows.add(row("author", "doc.author", form.getAuthor() + ", " + form.getAuthorPosition()));
        rows.add(new DocumentSheet.Row(
                "createdOn",
                lang.text("doc.createdOn"),
                form.getCreatedOn() == null ? "" : fmt.date(form.getCreatedOn()),
                form.getCreatedOn() == null ? null : fmt.isoDate(form.getCreatedOn())));
        if (context.amendment()) {
            // the metryka the new version will have (compliance-docs/metryka.md): its own editor and moment
            rows.add(row("editor", "doc.editor", context.userName()));
            rows.add(row("publishedAt", "doc.versionPublishedAt", lang.text("editor.preview.onConfirm")));
            rows.add(new DocumentSheet.Row(
                    "firstPublishedAt",
                    lang.text("doc.firstPublishedAt"),
                    fmt.dateTime(context.firstPublishedAt()),
                    fmt.iso(context.firstPublishedAt())));
            rows.add(row("reason", "doc.history.reason", form.getReason()));
            rows.add(row("version", "doc.version", Integer.toString(context.baseRevision() + 1)));
        } else {
            rows.add(row("editor", "doc.editor", context.enteredBy()));
            Instant at = context.scheduledAt();
            rows.add(row(
                    "publishedAt",
                    "doc.versionPublishedAt",
                    at == null ? lang.text("editor.preview.onConfirm") : fmt.dateTime(at)));
            rows.add(row("version", "doc.version", "1"));
        }
        return rows;
    }

    private DocumentSheet.Row row(String key, String labelKey, String value) {
        return new DocumentSheet.Row(key, lang.text(labelKey), value, null);
    }
}
