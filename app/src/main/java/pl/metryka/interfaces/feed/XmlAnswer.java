package pl.metryka.interfaces.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML documents of this package (Atom, RSS, the sitemap) and how they are answered. Each is
 * written whole into memory first: its ETag is the hash of its bytes ({@link Conditional}), and a
 * reader whose copy is current gets a 304 without the body.
 */
final class XmlAnswer {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes a document's root element and everything in it. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlAnswer() {}

    /** A UTF-8 XML 1.0 document holding {@code content}. */
    private static void write(OutputStream out, Content content) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        content.write(xml);
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /**
     * Answers with the document holding {@code content}, or 304 when the client's copy is current.
     * {@code what}: the document, named in the exception when it cannot be written.
     */
    static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            String contentType,
            Instant lastModified,
            String what,
            Content content)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes, content);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the " + what, e);
        }
        if (Conditional.answer(request, response, bytes.toByteArray(), lastModified)) {
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }
}
