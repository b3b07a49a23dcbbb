package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import pl.metryka.application.AuditLogPrinter;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.shared.Moment;
import pl.metryka.infrastructure.pdf.TaggedPdf.Cell;
import pl.metryka.infrastructure.pdf.TaggedPdf.Grid;

/**
 * The audit log export as PDF: a heading with the filter, then one table row per event (Polish
 * time), tagged (PDF/UA-1) and archival (PDF/A-2a) like the document PDF: an auditor may need to
 * read it with a screen reader, and to keep it.
 */
@ApplicationScoped
public class AuditLogPdf implements AuditLogPrinter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Moment.POLAND);

    @Override
    public byte[] render(String title, String filter, Instant exportedAt, String exportedBy, List<AuditEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        ZonedDateTime created = exportedAt.atZone(Moment.POLAND);
        try {
            TaggedPdf pdf = new TaggedPdf(document, out, null);
            String heading = title == null || title.isBlank() ? "Dziennik zdarzeń" : title;
            Archival.describe(pdf.writer(), heading, exportedBy, "Filtr: " + filter, null, created);
            pdf.open();
            PdfStructureElement root = pdf.root();
            pdf.text(root, PdfName.H1, new Phrase(heading, Fonts.bold(14)), 14 * 1.5f, 0);
            pdf.text(
                    root,
                    PdfName.P,
                    new Phrase(
                            "Filtr: " + filter + " · Wyeksportowano: " + TIME.format(exportedAt) + " · przez: "
                                    + exportedBy + " · Zdarzeń: " + events.size(),
                            Fonts.muted(9)),
                    9 * 1.5f,
                    0);
            pdf.gap(8);
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>();
            for (String name : new String[] {"Czas", "Kto", "Czynność", "Wynik", "Dotyczy", "Szczegóły", "Adres"}) {
                header.add(new Cell(BodyRenderer.cell(name, Fonts.bold(8)), TaggedPdf.COLUMN));
            }
            rows.add(header);
            for (AuditEvent e : events) {
                List<Cell> row = new ArrayList<>();
                for (String value : e.shown(TIME)) {
                    row.add(Sections.data(value == null ? "" : value, Fonts.regular(7.5f)));
                }
                rows.add(row);
            }
            pdf.table(root, new Grid(new float[] {14, 12, 16, 8, 20, 22, 8}, rows, 1), null, null, 0);
            Archival.declare(pdf.writer(), created);
            // closed only on success: closing after a failure would hide its cause
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the audit log PDF", e);
        }
        return out.toByteArray();
    }
}
