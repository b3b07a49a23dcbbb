package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.metryka.application.AuditLogPrinter;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.shared.Moment;

/** The audit log export as PDF: a heading with the filter, then one table row per event (Polish time). */
@ApplicationScoped
public class AuditLogPdf implements AuditLogPrinter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Moment.POLAND);

    @Override
    public byte[] render(String title, String filter, Instant exportedAt, String exportedBy, List<AuditEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(title);
        pdf.open();
        pdf.add(new Paragraph(title, Fonts.bold(14)));
        pdf.add(new Paragraph(
                "Filtr: " + filter + " · Wyeksportowano: " + TIME.format(exportedAt) + " · przez: " + exportedBy
                        + " · Zdarzeń: " + events.size(),
                Fonts.muted(9)));
        PdfPTable table = new PdfPTable(new float[] {14, 12, 16, 8, 20, 22, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Czas", "Kto", "Czynność", "Wynik", "Dotyczy", "Szczegóły", "Adres"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, Fonts.bold(8)));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (AuditEvent e : events) {
            for (String value : e.shown(TIME)) {
                table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, Fonts.regular(7.5f))));
            }
        }
        pdf.add(table);
        pdf.close();
        return out.toByteArray();
    }
}
