package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.metryka.application.PrintableDocument.Attachment;
import pl.metryka.application.PrintableDocument.HistoryEntry;
import pl.metryka.application.PrintableDocument.MetrykaRow;
import pl.metryka.infrastructure.pdf.TaggedPdf.Cell;
import pl.metryka.infrastructure.pdf.TaggedPdf.Grid;

/**
 * The sections after the body: attachments, metryka and the change register, each an H2 and a
 * table (column headers for lists of things, row headers for the metryka's label/value pairs).
 */
final class Sections {

    private static final float SIZE = 9f;
    static final Color HEADER_BACKGROUND = new Color(0xe8, 0xe8, 0xe8);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private Sections() {}

    static void heading(TaggedPdf pdf, PdfStructureElement parent, String text) {
        pdf.gap(14);
        pdf.text(parent, PdfName.H2, new Phrase(text, Fonts.bold(12.5f)), 12.5f * 1.5f, 0);
        pdf.gap(6);
    }

    static void attachments(TaggedPdf pdf, PdfStructureElement parent, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            none(pdf, parent, "Brak załączników.");
            return;
        }
        List<List<Cell>> rows = headers("Nazwa", "Typ", "Rozmiar", "SHA-256");
        for (Attachment attachment : attachments) {
            rows.add(List.of(
                    data(attachment.name(), Fonts.regular(SIZE)),
                    data(attachment.type(), Fonts.regular(SIZE)),
                    data(size(attachment.sizeBytes()), Fonts.regular(SIZE)),
                    data(attachment.sha256(), Fonts.regular(7f))));
        }
        pdf.table(parent, new Grid(new float[] {34, 14, 18, 34}, rows, 1), null, null, 0);
    }

    static void metryka(TaggedPdf pdf, PdfStructureElement parent, List<MetrykaRow> metryka) {
        if (metryka.isEmpty()) {
            none(pdf, parent, "Brak danych metryki.");
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (MetrykaRow row : metryka) {
            PdfPCell label = BodyRenderer.cell(row.label(), Fonts.bold(SIZE));
            label.setBackgroundColor(HEADER_BACKGROUND);
            rows.add(List.of(new Cell(label, TaggedPdf.ROW), data(row.value(), Fonts.regular(SIZE))));
        }
        pdf.table(parent, new Grid(new float[] {38, 62}, rows, 0), null, null, 0);
    }

    static void history(TaggedPdf pdf, PdfStructureElement parent, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            none(pdf, parent, "Brak wpisów w rejestrze zmian.");
            return;
        }
        List<List<Cell>> rows = headers("Wersja", "Data", "Autor zmiany", "Powód zmiany");
        for (HistoryEntry entry : entries) {
            rows.add(List.of(
                    data(String.valueOf(entry.version()), Fonts.regular(SIZE)),
                    data(entry.changedAt() == null ? "" : DATE_TIME.format(entry.changedAt()), Fonts.regular(SIZE)),
                    data(entry.author(), Fonts.regular(SIZE)),
                    data(entry.reason(), Fonts.regular(SIZE))));
        }
        pdf.table(parent, new Grid(new float[] {10, 20, 25, 45}, rows, 1), null, null, 0);
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

    /** A first row of column headers, shaded. */
    static List<List<Cell>> headers(String... headers) {
        List<Cell> row = new ArrayList<>();
        Font font = Fonts.bold(SIZE);
        for (String header : headers) {
            PdfPCell cell = BodyRenderer.cell(header, font);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            row.add(new Cell(cell, TaggedPdf.COLUMN));
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row);
        return rows;
    }

    static Cell data(String text, Font font) {
        return Cell.data(BodyRenderer.cell(text, font));
    }

    private static void none(TaggedPdf pdf, PdfStructureElement parent, String text) {
        pdf.text(
                parent,
                PdfName.P,
                new Phrase(text, Fonts.muted(BodyRenderer.TEXT_SIZE)),
                BodyRenderer.TEXT_SIZE * 1.5f,
                0);
    }
}
