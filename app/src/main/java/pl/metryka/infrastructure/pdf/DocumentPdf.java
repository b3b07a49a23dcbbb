package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Objects;
import pl.metryka.application.DocumentPrinter;
import pl.metryka.application.PrintableDocument;
import pl.metryka.domain.shared.Moment;

/**
 * Renders one document version to PDF: heading, body, "Załączniki", "Metryka", "Rejestr zmian",
 * and a footer with the version's address and the time of generation. The PDF is neither
 * encrypted nor restricted, so it can always be printed and copied from.
 */
@ApplicationScoped
public class DocumentPdf implements DocumentPrinter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Clock clock;

    public DocumentPdf() {
        this(Clock.system(Moment.POLAND));
    }

    /** @param clock gives "Wygenerowano" and the creation date, in the clock's zone */
    public DocumentPdf(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public byte[] render(PrintableDocument source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(source, out);
        return out.toByteArray();
    }

    @Override
    public void render(PrintableDocument source, OutputStream out) {
        Objects.requireNonNull(source, "source");
        ZonedDateTime now = ZonedDateTime.now(clock);
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            // No writer.setTagged(): in OpenPDF 2.0.5 it only flags the file as tagged (MarkInfo and
            // an empty StructTreeRoot); Document.add() writes no structure elements or marked
            // content, so the flag would mislead assistive technology. No setEncryption() either:
            // the PDF must stay printable and copyable.
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("pl-PL"));
            writer.setPageEvent(new Footer(source.pageUrl(), DATE_TIME.format(now)));
            describe(document, source);
            // Document.addCreationDate(PdfDate) records the current time, not the date given
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(now)));

            document.open();
            addHeading(document, source);
            for (Element element : BodyRenderer.render(BodyBlocks.of(source.bodyHtml()))) {
                document.add(element);
            }
            if (!source.withheld().isEmpty()) {
                document.add(Sections.heading("Wyłączenie jawności"));
                document.add(Sections.metryka(source.withheld()));
            }
            document.add(Sections.heading("Załączniki"));
            document.add(Sections.attachments(source.attachments()));
            document.add(Sections.heading("Metryka"));
            document.add(Sections.metryka(source.metryka()));
            document.add(Sections.heading("Rejestr zmian"));
            document.add(Sections.history(source.history()));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the PDF of \"" + source.title() + "\"", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static void describe(Document document, PrintableDocument source) {
        String title = text(source.title());
        String issuer = text(source.issuer());
        String version = "wersja " + source.version() + (source.archival() ? " (archiwalna)" : "");
        document.addTitle(title);
        document.addAuthor(issuer);
        document.addSubject("Biuletyn Informacji Publicznej – " + issuer + ": " + title + ", " + version);
        document.addKeywords("BIP, Biuletyn Informacji Publicznej, " + issuer + ", " + version);
        document.addCreator("Metryka");
    }

    private static void addHeading(Document document, PrintableDocument source) throws DocumentException {
        document.add(new Paragraph(text(source.issuer()), Fonts.muted(10f)));
        Paragraph title = new Paragraph(text(source.title()), Fonts.bold(16f));
        title.setLeading(16f * 1.3f);
        title.setSpacingBefore(6);
        title.setSpacingAfter(4);
        document.add(title);

        String version = "Wersja " + source.version()
                + (source.versionDate() == null ? "" : " z dnia " + DATE.format(source.versionDate()));
        Paragraph versionLine = new Paragraph(version, Fonts.regular(9.5f));
        versionLine.setSpacingAfter(10);
        document.add(versionLine);

        if (source.archival()) {
            // said in words, not only by the shading
            PdfPCell notice =
                    BodyRenderer.cell("Wersja archiwalna – nie jest to aktualna treść dokumentu.", Fonts.bold(10f));
            notice.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
            notice.setPadding(6);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingAfter(10);
            box.addCell(notice);
            document.add(box);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
