package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import pl.metryka.application.PrintableDocument.Attachment;
import pl.metryka.application.PrintableDocument.HistoryEntry;
import pl.metryka.application.PrintableDocument.MetrykaRow;

/** The sections after the body: attachments, metryka and the change register, as tables. */
final class Sections {

    private static final float SIZE = 9f;
    private static final Color HEADER_BACKGROUND = new Color(0xe8, 0xe8, 0xe8);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private Sections() {}

    static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, Fonts.bold(12.5f));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    static Element attachments(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return none("Brak załączników.");
        }
        PdfPTable table = table(new float[] {34, 14, 18, 34}, "Nazwa", "Typ", "Rozmiar", "SHA-256");
        for (Attachment attachment : attachments) {
            table.addCell(BodyRenderer.cell(attachment.name(), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(attachment.type(), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(size(attachment.sizeBytes()), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(attachment.sha256(), Fonts.regular(7f)));
        }
        return table;
    }

    static Element metryka(List<MetrykaRow> rows) {
        if (rows.isEmpty()) {
            return none("Brak danych metryki.");
        }
        PdfPTable table = new PdfPTable(new float[] {38, 62});
        table.setWidthPercentage(100);
        for (MetrykaRow row : rows) {
            PdfPCell label = BodyRenderer.cell(row.label(), Fonts.bold(SIZE));
            label.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(label);
            table.addCell(BodyRenderer.cell(row.value(), Fonts.regular(SIZE)));
        }
        return table;
    }

    static Element history(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return none("Brak wpisów w rejestrze zmian.");
        }
        PdfPTable table = table(new float[] {10, 20, 25, 45}, "Wersja", "Data", "Autor zmiany", "Powód zmiany");
        for (HistoryEntry entry : entries) {
            table.addCell(BodyRenderer.cell(String.valueOf(entry.version()), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(
                    entry.changedAt() == null ? "" : DATE_TIME.format(entry.changedAt()), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(entry.author(), Fonts.regular(SIZE)));
            table.addCell(BodyRenderer.cell(entry.reason(), Fonts.regular(SIZE)));
        }
        return table;
    }

    /** "1,2 MB (1 234 567 B)": readable, and exact for checking against the file. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d", bytes).replace(',', '\u00a0') + "\u00a0B";
        if (bytes < 1024) {
            return exact;
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(POLISH, "%.1f\u00a0%s (%s)", value, units[unit], exact);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font font = Fonts.bold(SIZE);
        for (String header : headers) {
            PdfPCell cell = BodyRenderer.cell(header, font);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private static Paragraph none(String text) {
        return new Paragraph(text, Fonts.muted(BodyRenderer.TEXT_SIZE));
    }
}
