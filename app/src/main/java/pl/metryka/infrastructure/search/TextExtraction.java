package pl.metryka.infrastructure.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import pl.metryka.domain.model.document.FileContent;

/**
 * The plain text of an attachment, for the search index: PDF through PDFBox; DOCX, ODT, ODS and
 * XLSX by reading the XML part that holds the text out of the zip and keeping only the character
 * data. Anything else (images, old binary Office files) has no text. Extraction never fails an
 * upload: a damaged or encrypted file is simply not searchable.
 */
public final class TextExtraction {

    static final int MAX_CHARS = 2_000_000;
    /** The decoded page content a PDF's text is read from, at most (about 2 s of parsing at worst). */
    static final long MAX_PDF_CONTENT_BYTES = 16L * 1024 * 1024;
    // guards against zip bombs: the XML part is read up to this many bytes
    static final int MAX_XML_BYTES = 50 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    private static final Map<String, String> ZIP_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.oasis.opendocument.text", "content.xml",
            "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/sharedStrings.xml");
    // elements after which a reader sees a new line or a space
    private static final Set<String> BREAKS =
            Set.of("w:p", "w:br", "w:cr", "text:p", "text:h", "text:line-break", "table:table-row", "si");
    private static final Set<String> SPACES = Set.of("w:tab", "text:s", "text:tab", "table:table-cell", "w:tc");

    private TextExtraction() {}

    public static Optional<String> extract(String mediaType, byte[] content) {
        return extract(mediaType, FileContent.of(content));
    }

    /** Reads the file as a stream, or, for a PDF spooled to disk, from the file at random: never whole in memory. */
    public static Optional<String> extract(String mediaType, FileContent content) {
        try {
            String text;
            if ("application/pdf".equals(mediaType)) {
                text = pdf(content);
            } else if (ZIP_PARTS.containsKey(mediaType)) {
                text = xmlText(zipEntry(content, ZIP_PARTS.get(mediaType)));
            } else {
                return Optional.empty();
            }
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_CHARS) {
                text = text.substring(0, MAX_CHARS);
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.INFO, "No text extracted from a " + mediaType + " file: " + e);
            return Optional.empty();
        }
    }

    /**
     * The text of the pages whose content streams, decoded, fit in {@link #MAX_PDF_CONTENT_BYTES}
     * together, stopping at {@link #MAX_CHARS}. Extraction runs inside the upload's transaction, so
     * it must end quickly: a content stream that inflates a thousand to one (a 300 KB file becoming
     * 150 MB of text operators) is measured by inflating it without keeping it, and is never parsed.
     */
    static String pdf(FileContent content) throws IOException {
        try (PDDocument document = content.file().isPresent()
                ? Loader.loadPDF(content.file().get().toFile())
                : Loader.loadPDF(readAll(content))) {
            int pages = PdfContentBudget.pagesWithin(document, MAX_PDF_CONTENT_BYTES);
            if (pages < document.getNumberOfPages()) {
                LOG.info(() -> "PDF text read from " + pages + " of " + document.getNumberOfPages()
                        + " pages: the rest would decode to more than " + MAX_PDF_CONTENT_BYTES + " bytes");
            }
            if (pages == 0) {
                return null;
            }
            CappedStripper stripper = new CappedStripper();
            stripper.setEndPage(pages);
            StringWriter text = new StringWriter();
            try {
                stripper.writeText(document, text);
            } catch (CappedStripper.Enough e) {
                // MAX_CHARS reached: what was written is kept
            }
            return text.toString();
        }
    }

    /** Stops writing once {@link #MAX_CHARS} characters are out. */
    private static final class CappedStripper extends PDFTextStripper {
        private long written;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            written += text.length();
            if (written > MAX_CHARS) {
                throw new Enough();
            }
        }

        private static final class Enough extends IOException {
            private static final long serialVersionUID = 1L;
        }
    }

    private static byte[] readAll(FileContent content) throws IOException {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        }
    }

    static byte[] zipEntry(FileContent zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip.open())) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (name.equals(entry.getName())) {
                    return readLimited(in);
                }
            }
        }
        return null;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + n > MAX_XML_BYTES) {
                throw new IOException("XML part larger than " + MAX_XML_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Character data of an XML part, with line breaks at paragraph ends; no DTDs, no entities fetched. */
    static String xmlText(byte[] xml) throws Exception {
        if (xml == null) {
            return null;
        }
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        StringBuilder text = new StringBuilder();
        parser.parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (SPACES.contains(qName)) {
                    text.append(' ');
                } else if ("w:br".equals(qName) || "text:line-break".equals(qName)) {
                    text.append('\n');
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (BREAKS.contains(qName) && !"w:br".equals(qName) && !"text:line-break".equals(qName)) {
                    text.append('\n');
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (text.length() < MAX_CHARS) {
                    text.append(ch, start, length);
                }
            }
        });
        return text.toString();
    }
}
