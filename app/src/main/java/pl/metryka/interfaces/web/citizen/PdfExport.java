package pl.metryka.interfaces.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ResourceBundle;
import pl.metryka.application.DocumentPrinter;
import pl.metryka.application.PrintableDocument;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.shared.Moment;
import pl.metryka.interfaces.web.shared.ContentDisposition;
import pl.metryka.interfaces.web.shared.Formats;
import pl.metryka.interfaces.web.shared.Language;
import pl.metryka.interfaces.web.shared.Routes;

/** "Zapisz do PDF": the document (or one version) with its metryka and change register, as a PDF. */
@RequestScoped
public class PdfExport {

    @Inject
    private DocumentPrinter renderer;

    @Inject
    private PublicAddress address;

    @Inject
    private Formats fmt;

    @Inject
    private Language language;

    @Inject
    private DocumentSheets sheets;

    public void write(
            Document document,
            Revision revision,
            boolean versionView,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ResourceBundle msg = ResourceBundle.getBundle("pl.metryka.i18n.messages", language.getLocale());
        DocumentSheet sheet = sheets.of(document, revision, versionView, null);
        String url = address.of(
                versionView ? Routes.version(document.slug(), revision.number()) : Routes.document(document.slug()));
        PrintableDocument printable = new PrintableDocument(
                revision.metryka().issuer(),
                revision.title(),
                revision.number(),
                // the day this version was published (the same moment as "Data udostępnienia tej wersji")
                revision.metryka().publishedAt().atZone(Moment.POLAND).toLocalDate(),
                versionView && revision.number() != document.currentRevisionNumber(),
                revision.body(),
                sheet.attachments().stream()
                        .map(a -> new PrintableDocument.Attachment(a.name(), a.type(), a.size(), a.sha256()))
                        .toList(),
                sheet.metryka(msg, fmt).stream()
                        .map(r -> new PrintableDocument.MetrykaRow(r.label(), r.value()))
                        .toList(),
                sheet.history(msg).stream()
                        .map(h -> new PrintableDocument.HistoryEntry(
                                h.number(), LocalDateTime.ofInstant(h.at(), Moment.POLAND), h.author(), h.reason()))
                        .toList(),
                url,
                sheet.withholding(msg).stream()
                        .map(r -> new PrintableDocument.MetrykaRow(r.label(), r.value()))
                        .toList());
        byte[] pdf = renderer.render(printable);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.inline(
                        document.slug() + (versionView ? "-wersja-" + revision.number() : "") + ".pdf"));
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(pdf);
        }
    }
}
