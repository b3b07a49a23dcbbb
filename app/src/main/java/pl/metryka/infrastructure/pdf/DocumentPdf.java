package pl.metryka.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfStructureElement;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import pl.metryka.application.DocumentPrinter;
import pl.metryka.application.PrintableDocument;
import pl.metryka.domain.shared.Moment;

/**
 * Renders one document version to PDF: heading, body, "Załączniki", "Metryka", "Rejestr zmian",
 * and a footer with the version's address and the time of generation. The PDF is tagged
 * (PDF/UA-1) and archival (PDF/A-2a), neither encrypted nor restricted, so it can always be read
 * aloud, printed and copied from.
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
            // No setEncryption(): the PDF must stay printable and copyable (and PDF/A forbids it).
            TaggedPdf pdf = new TaggedPdf(document, out, new Footer(source.pageUrl(), DATE_TIME.format(now)));
            String title = text(source.title());
            String issuer = text(source.issuer());
            String version = "wersja " + source.version() + (source.archival() ? " (archiwalna)" : "");
            Archival.describe(
                    pdf.writer(),
                    title,
                    issuer,
                    "Biuletyn Informacji Publicznej – " + issuer + ": " + title + ", " + version,
                    "BIP, Biuletyn Informacji Publicznej, " + issuer + ", " + version,
                    now);
            pdf.open();
            PdfStructureElement root = pdf.root();
            addHeading(pdf, root, source);
            new BodyRenderer(pdf, root, 1).render(BodyBlocks.of(source.bodyHtml()));
            if (!source.withheld().isEmpty()) {
                Sections.heading(pdf, root, "Wyłączenie jawności");
                Sections.metryka(pdf, root, source.withheld());
            }
            Sections.heading(pdf, root, "Załączniki");
            Sections.attachments(pdf, root, source.attachments());
            Sections.heading(pdf, root, "Metryka");
            Sections.metryka(pdf, root, source.metryka());
            Sections.heading(pdf, root, "Rejestr zmian");
            Sections.history(pdf, root, source.history());
            Archival.declare(pdf.writer(), now);
            // closed only on success: closing after a failure would hide its cause
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the PDF of \"" + source.title() + "\"", e);
        }
    }

    private static void addHeading(TaggedPdf pdf, PdfStructureElement root, PrintableDocument source) {
        if (!text(source.issuer()).isEmpty()) {
            pdf.text(root, PdfName.P, new Phrase(text(source.issuer()), Fonts.muted(10f)), 15f, 0);
        }
        pdf.gap(6);
        String title = text(source.title()).isEmpty() ? Archival.UNTITLED : source.title();
        pdf.text(root, PdfName.H1, new Phrase(title, Fonts.bold(16f)), 16f * 1.3f, 0);
        pdf.gap(4);

        String version = "Wersja " + source.version()
                + (source.versionDate() == null ? "" : " z dnia " + DATE.format(source.versionDate()));
        pdf.text(root, PdfName.P, new Phrase(version, Fonts.regular(9.5f)), 9.5f * 1.5f, 0);
        pdf.gap(10);

        if (source.archival()) {
            // said in words, not only by the shading
            PdfPCell notice =
                    BodyRenderer.cell("Wersja archiwalna – nie jest to aktualna treść dokumentu.", Fonts.bold(10f));
            notice.setBackgroundColor(new Color(0xf2, 0xf2, 0xf2));
            notice.setPadding(6);
            pdf.box(TaggedPdf.element(root, PdfName.P), notice);
            pdf.gap(10);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
