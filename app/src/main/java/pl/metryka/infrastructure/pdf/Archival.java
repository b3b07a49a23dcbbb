package pl.metryka.infrastructure.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;

/**
 * What makes the file PDF/A-2a and declares PDF/UA-1: the document information and its XMP copy
 * (which PDF/A requires to agree, entry by entry), the PDF/UA identification with the extension
 * schema PDF/A asks for any non-predefined property, and an sRGB output intent for the RGB and
 * grey colours the pages use.
 */
final class Archival {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Shown in the viewer's title bar when the source has no title of its own. */
    static final String UNTITLED = "Dokument bez tytułu";

    private Archival() {}

    /** Sets the information dictionary; blank values are left out rather than written empty. */
    static void describe(
            PdfWriter writer, String title, String author, String subject, String keywords, ZonedDateTime created) {
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, unicode(title == null || title.isBlank() ? UNTITLED : title));
        put(info, PdfName.AUTHOR, author);
        put(info, PdfName.SUBJECT, subject);
        put(info, PdfName.KEYWORDS, keywords);
        put(info, PdfName.CREATOR, "Metryka");
        PdfDate date = new PdfDate(GregorianCalendar.from(created.truncatedTo(ChronoUnit.SECONDS)));
        // Document.addCreationDate() would record the current time, not the one given
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
    }

    /** Call after {@link #describe} and before the document is closed. */
    static void declare(PdfWriter writer, ZonedDateTime created) {
        try {
            writer.setOutputIntents(
                    "sRGB IEC61966-2.1",
                    "sRGB",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the sRGB profile", e);
        }
        PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        intents.getAsDict(0).put(PdfName.S, PdfName.GTS_PDFA1);
        writer.setXmpMetadata(xmp(writer.getInfo(), created).getBytes(StandardCharsets.UTF_8));
    }

    static String xmp(PdfDictionary info, ZonedDateTime created) {
        String date = XMP_DATE.format(created.truncatedTo(ChronoUnit.SECONDS));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(text(info, PdfName.TITLE)))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.contains(PdfName.AUTHOR)) {
            x.append("<dc:creator><rdf:Seq><rdf:li>")
                    .append(escape(text(info, PdfName.AUTHOR)))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.contains(PdfName.SUBJECT)) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(text(info, PdfName.SUBJECT)))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (info.contains(PdfName.KEYWORDS)) {
            x.append("<pdf:Keywords>")
                    .append(escape(text(info, PdfName.KEYWORDS)))
                    .append("</pdf:Keywords>\n");
        }
        if (info.contains(PdfName.PRODUCER)) {
            x.append("<pdf:Producer>")
                    .append(escape(text(info, PdfName.PRODUCER)))
                    .append("</pdf:Producer>\n");
        }
        x.append("<xmp:CreatorTool>")
                .append(escape(text(info, PdfName.CREATOR)))
                .append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("<pdfaid:part>2</pdfaid:part>\n")
                .append("<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                // PDF/A-2 accepts a property outside its predefined schemas only with this description
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                .append("</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static void put(PdfDictionary info, PdfName key, String value) {
        if (value == null || value.isBlank()) {
            info.remove(key);
        } else {
            info.put(key, unicode(value));
        }
    }

    private static PdfString unicode(String value) {
        return new PdfString(value, PdfObject.TEXT_UNICODE);
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfString value = info.getAsString(key);
        return value == null ? "" : value.toUnicodeString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 cannot carry most control characters, not even escaped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
