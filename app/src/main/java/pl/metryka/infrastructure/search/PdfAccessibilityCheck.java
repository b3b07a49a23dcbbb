package pl.metryka.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import pl.metryka.application.AttachmentAccessibility;
import pl.metryka.domain.model.document.FileContent;

/**
 * Tells a tagged PDF from an untagged one and from a scan, with the PDFBox the search index
 * already uses for attachments' text: tagged means the catalog's /MarkInfo says /Marked true and
 * a structure tree with at least one element is there; a scan is a PDF from which
 * {@link TextExtraction} reads no text. A file PDFBox cannot open gets no warning here (the
 * search index simply has no text of it).
 */
@ApplicationScoped
public class PdfAccessibilityCheck implements AttachmentAccessibility {

    private static final Logger LOG = Logger.getLogger(PdfAccessibilityCheck.class.getName());

    @Override
    public Optional<Warning> check(String mediaType, FileContent content) {
        if (!"application/pdf".equals(mediaType) || content == null) {
            return Optional.empty();
        }
        Boolean tagged;
        try {
            tagged = tagged(content);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not read an uploaded PDF's structure: " + e);
            return Optional.empty();
        }
        if (TextExtraction.extract(mediaType, content).isEmpty()) {
            return Optional.of(Warning.SCANNED_PDF);
        }
        return tagged ? Optional.empty() : Optional.of(Warning.UNTAGGED_PDF);
    }

    static boolean tagged(FileContent content) throws IOException {
        try (PDDocument document = content.file().isPresent()
                ? Loader.loadPDF(content.file().get().toFile())
                : Loader.loadPDF(readAll(content))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMarkInfo mark = catalog.getMarkInfo();
            PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
            return mark != null
                    && mark.isMarked()
                    && tree != null
                    && !tree.getKids().isEmpty();
        }
    }

    private static byte[] readAll(FileContent content) throws IOException {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        }
    }
}
