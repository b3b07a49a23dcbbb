package pl.metryka.interfaces.feed;

import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.metryka.domain.shared.Timestamps;

/** Writes an {@link AtomFeed} as Atom 1.0 XML in UTF-8. */
final class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {}

    static void write(AtomFeed feed, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "pl");
        text(xml, "id", feed.id());
        text(xml, "title", feed.title());
        text(xml, "updated", rfc3339(feed.updated()));
        link(xml, "self", feed.selfUrl(), "application/atom+xml");
        link(xml, "alternate", feed.alternateUrl(), "text/html");
        for (AtomFeed.Entry entry : feed.entries()) {
            xml.writeStartElement(ATOM, "entry");
            text(xml, "id", entry.id());
            text(xml, "title", entry.title());
            if (entry.published() != null) {
                text(xml, "published", rfc3339(entry.published()));
            }
            text(xml, "updated", rfc3339(entry.updated()));
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", entry.author());
            xml.writeEndElement();
            link(xml, "alternate", entry.url(), "text/html");
            if (entry.summary() != null && !entry.summary().isBlank()) {
                text(xml, "summary", entry.summary());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static String rfc3339(Instant at) {
        return Timestamps.format(at);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
