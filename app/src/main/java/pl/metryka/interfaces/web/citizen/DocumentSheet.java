package pl.metryka.interfaces.web.citizen;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Redaction;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.document.Withholding;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * What citizens are shown about one version of a document, in the words of real BIP pages: the
 * Metryka rows, the change register and the attachments. The page, the print view and the PDF
 * all take it from here.
 *
 * <p>The metryka is always that of the version shown ({@link MetrykaView}), plus the document's
 * first publication under its own label, so the two dates cannot be read one for the other.
 */
public final class DocumentSheet {

    /** One line of the Metryka block; {@code datetime} is set when the value is a moment or date. */
    public record Row(String key, String label, String value, String datetime) {}

    public record HistoryRow(
            int number, Instant at, String author, String reason, String viewUrl, String compareUrl, boolean shown) {}

    /** {@code thumbnailUrl}: for an image, the small picture the gallery shows (made on the server). */
    public record AttachmentRow(
            String name,
            String type,
            long size,
            String sha256,
            String description,
            String url,
            boolean image,
            String thumbnailUrl) {
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
    private List<RegisterEntry> moves = List.of();

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

    /** The document's moves to other categories (register entries MOVED), listed in the history too. */
    public DocumentSheet withMoves(List<RegisterEntry> moves) {
        this.moves = List.copyOf(moves);
        return this;
    }

    /** The rows every HTML, print and PDF view shows, from {@link MetrykaView} (the one definition). */
    public List<Row> metryka(ResourceBundle msg, Formats fmt) {
        MetrykaView m = MetrykaView.of(document, revision);
        List<Row> rows = new ArrayList<>();
        // the labels and order of the real BIP page (the seed) first, then what Metryka adds: the version shown
        rows.add(new Row("issuer", msg.getString("doc.issuer"), m.issuer(), null));
        rows.add(new Row(
                "createdOn", msg.getString("doc.createdOn"), fmt.date(m.createdOn()), fmt.isoDate(m.createdOn())));
        rows.add(new Row(
                "firstPublishedAt",
                msg.getString("doc.firstPublishedAt"),
                fmt.dateTime(m.firstPublishedAt()),
                fmt.iso(m.firstPublishedAt())));
        rows.add(new Row("author", msg.getString("doc.author"), m.authorWithPosition(), null));
        rows.add(new Row("editor", msg.getString("doc.editor"), m.editor(), null));
        if (!versionView) {
            rows.add(new Row("visits", msg.getString("doc.visits"), Long.toString(visits), null));
        }
        if (m.publishedElsewhereAt() != null) {
            rows.add(new Row(
                    "publishedElsewhereAt",
                    msg.getString("doc.publishedElsewhereAt"),
                    fmt.dateTime(m.publishedElsewhereAt()),
                    fmt.iso(m.publishedElsewhereAt())));
        }
        rows.add(new Row("version", msg.getString("doc.version"), Integer.toString(m.version()), null));
        rows.add(new Row(
                "publishedAt",
                msg.getString("doc.versionPublishedAt"),
                fmt.dateTime(m.versionPublishedAt()),
                fmt.iso(m.versionPublishedAt())));
        rows.add(new Row("contentHash", msg.getString("doc.contentHash"), m.contentHash(), null));
        return rows;
    }

    /** The Art. 8 ust. 5 withholding of the version shown, as rows (empty when nothing was withheld). */
    public List<Row> withholding(ResourceBundle msg) {
        Withholding w = revision.withholding();
        List<Row> rows = new ArrayList<>();
        if (w == null) {
            return rows;
        }
        rows.add(new Row("withheld.scope", msg.getString("doc.withheld.scope"), w.scope(), null));
        rows.add(new Row("withheld.legalBasis", msg.getString("doc.withheld.basis"), w.legalBasis(), null));
        rows.add(new Row("withheld.decidedBy", msg.getString("doc.withheld.by"), w.decidedBy(), null));
        if (w.inInterestOf() != null) {
            rows.add(new Row("withheld.inInterestOf", msg.getString("doc.withheld.interest"), w.inInterestOf(), null));
        }
        return rows;
    }

    public List<HistoryRow> history(ResourceBundle msg) {
        List<HistoryRow> rows = new ArrayList<>();
        for (Revision r : document.publishedRevisions()) {
            MetrykaView m = MetrykaView.of(document, r);
            rows.add(new HistoryRow(
                    r.number(),
                    m.versionPublishedAt(),
                    m.editor(),
                    m.reason() == null ? msg.getString("doc.history.firstVersion") : m.reason(),
                    Routes.version(document.slug(), r.number()),
                    r.number() == 1 ? null : Routes.compare(document.slug(), r.number() - 1, r.number()),
                    r.number() == revision.number()));
        }
        for (Redaction x : redactions) {
            String what = msg.getString(
                    x.kind() == Redaction.Kind.TEXT ? "doc.history.redactedText" : "doc.history.redactedAttachment");
            for (int n : x.revisionNumbers()) {
                rows.add(new HistoryRow(
                        n,
                        x.at(),
                        x.actorName(),
                        MessageFormat.format(what, n, x.reason(), x.legalBasis()),
                        Routes.version(document.slug(), n),
                        null,
                        false));
            }
        }
        for (RegisterEntry move : moves) {
            rows.add(new HistoryRow(
                    move.revision(),
                    move.at(),
                    move.actor(),
                    move.reason(),
                    Routes.version(document.slug(), move.revision()),
                    null,
                    false));
        }
        rows.sort(Comparator.comparing(HistoryRow::at));
        return rows;
    }

    public List<AttachmentRow> attachments() {
        List<AttachmentRow> rows = new ArrayList<>();
        for (Attachment a : revision.attachments()) {
            rows.add(new AttachmentRow(
                    a.fileName(),
                    a.mediaType(),
                    a.size(),
                    a.sha256(),
                    a.description(),
                    Routes.attachment(document.slug(), revision.number(), a.position(), a.fileName()),
                    a.mediaType().startsWith("image/"),
                    Routes.thumbnail(document.slug(), revision.number(), a.position())));
        }
        return rows;
    }
}
