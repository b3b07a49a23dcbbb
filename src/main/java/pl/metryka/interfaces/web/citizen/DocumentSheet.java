package pl.metryka.interfaces.web.citizen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Metryka;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * What citizens are shown about one version of a document, in the words of real BIP pages: the
 * Metryka rows, the change register and the attachments. The page, the print view and the PDF
 * all take it from here.
 *
 * <p>On the current page the metryka is the document's: who entered it first and when it was
 * first published, and who changed it last and when. On a version page it is that version's own.
 */
public final class DocumentSheet {

    /** One line of the Metryka block; {@code datetime} is set when the value is a moment or date. */
    public record Row(String key, String label, String value, String datetime) {
    }

    public record HistoryRow(int number, Instant at, String author, String reason, String viewUrl, String compareUrl,
                             boolean shown) {
    }

    public record AttachmentRow(String name, String type, long size, String sha256, String description, String url,
                                boolean image) {
        /** What the image says to someone who cannot see it. */
        public String alt() {
            return description == null ? name : description;
        }
    }

    private final Document document;
    private final Revision revision;
    private final boolean versionView;
    private final long visits;
    private List<Redaction> redactions = List.of();

    public DocumentSheet(Document document, Revision revision, boolean versionView, long visits) {
        this.document = document;
        this.revision = revision;
        this.versionView = versionView;
        this.visits = visits;
    }

    /** The document's redactions, which the history lists beside the versions (who, when, why, basis). */
    public DocumentSheet withRedactions(List<Redaction> redactions) {
        this.redactions = List.copyOf(redactions);
        return this;
    }

    public List<Row> metryka(ResourceBundle msg, Formats fmt) {
        Metryka m = revision.metryka();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("issuer", msg.getString("doc.issuer"), m.issuer(), null));
        rows.add(new Row("author", msg.getString("doc.author"), m.author() + ", " + m.authorPosition(), null));
        rows.add(new Row("createdOn", msg.getString("doc.createdOn"), fmt.date(m.createdOn()), fmt.isoDate(m.createdOn())));
        if (versionView) {
            rows.add(new Row("editor", msg.getString("doc.editor"), m.editorName(), null));
            rows.add(new Row("publishedAt", msg.getString("doc.publishedAt"), fmt.dateTime(m.publishedAt()), fmt.iso(m.publishedAt())));
        } else {
            Metryka first = document.revisions().get(0).metryka();
            rows.add(new Row("editor", msg.getString("doc.editor"), first.editorName(), null));
            rows.add(new Row("publishedAt", msg.getString("doc.publishedAt"),
                    fmt.dateTime(document.firstPublishedAt()), fmt.iso(document.firstPublishedAt())));
            if (revision.number() > 1) {
                rows.add(new Row("modifiedAt", msg.getString("doc.modifiedAt"), fmt.dateTime(m.publishedAt()), fmt.iso(m.publishedAt())));
                rows.add(new Row("modifiedBy", msg.getString("doc.modifiedBy"), m.editorName(), null));
            }
            rows.add(new Row("visits", msg.getString("doc.visits"), Long.toString(visits), null));
        }
        rows.add(new Row("version", msg.getString("doc.version"), Integer.toString(revision.number()), null));
        rows.add(new Row("contentHash", msg.getString("doc.contentHash"), revision.contentHash(), null));
        return rows;
    }

    public List<HistoryRow> history(ResourceBundle msg) {
        List<HistoryRow> rows = new ArrayList<>();
        for (Revision r : document.publishedRevisions()) {
            Metryka m = r.metryka();
            rows.add(new HistoryRow(r.number(), m.publishedAt(), m.editorName(),
                    m.reason() == null ? msg.getString("doc.history.firstVersion") : m.reason(),
                    Routes.version(document.slug(), r.number()),
                    r.number() == 1 ? null : Routes.compare(document.slug(), r.number() - 1, r.number()),
                    r.number() == revision.number()));
        }
        for (Redaction x : redactions) {
            String what = msg.getString(x.kind() == Redaction.Kind.TEXT ? "doc.history.redactedText" : "doc.history.redactedAttachment");
            for (int n : x.revisionNumbers()) {
                rows.add(new HistoryRow(n, x.at(), x.actorName(),
                        java.text.MessageFormat.format(what, n, x.reason(), x.legalBasis()),
                        Routes.version(document.slug(), n), null, false));
            }
        }
        rows.sort(java.util.Comparator.comparing(HistoryRow::at));
        return rows;
    }

    public List<AttachmentRow> attachments() {
        List<AttachmentRow> rows = new ArrayList<>();
        for (Attachment a : revision.attachments()) {
            rows.add(new AttachmentRow(a.fileName(), a.mediaType(), a.size(), a.sha256(), a.description(),
                    Routes.attachment(document.slug(), revision.number(), a.position(), a.fileName()),
                    a.mediaType().startsWith("image/")));
        }
        return rows;
    }
}
