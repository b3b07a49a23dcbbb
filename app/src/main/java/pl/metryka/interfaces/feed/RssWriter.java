package pl.metryka.interfaces.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the same feed as {@link AtomWriter}, as RSS 2.0: many readers and municipal aggregators
 * take RSS only. RSS's {@code <author>} must be an e-mail address, so the osoba wprowadzająca goes
 * into Dublin Core's {@code dc:creator}; the entry's tag URI is the item's non-permalink
 * {@code guid}, so a reader sees the same items as new whichever of the two feeds it polls.
 */
final class RssWriter {

    static final String CONTENT_TYPE = "application/rss+xml;charset=UTF-8";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** RFC 822 dates with four-digit years, as RSS 2.0 requires. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RssWriter() {}

    static void write(AtomFeed feed, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", AtomWriter.ATOM);
        xml.writeNamespace("dc", DC);
        xml.writeStartElement("channel");
        text(xml, "title", feed.title());
        text(xml, "link", feed.alternateUrl());
        text(xml, "description", feed.title());
        text(xml, "language", "pl");
        if (feed.updated() != null) {
            text(xml, "lastBuildDate", rfc822(feed.updated()));
        }
        xml.writeEmptyElement("atom", "link", AtomWriter.ATOM);
        xml.writeAttribute("href", feed.selfUrl());
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", CONTENT_TYPE.substring(0, CONTENT_TYPE.indexOf(';')));
        for (AtomFeed.Entry entry : feed.entries()) {
            xml.writeStartElement("item");
            text(xml, "title", entry.title());
            text(xml, "link", entry.url());
            if (entry.summary() != null && !entry.summary().isBlank()) {
                text(xml, "description", entry.summary());
            }
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(XmlText.clean(entry.author()));
            xml.writeEndElement();
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "false");
            xml.writeCharacters(entry.id());
            xml.writeEndElement();
            text(xml, "pubDate", rfc822(entry.updated()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static String rfc822(Instant at) {
        return RFC_822.format(at);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }
}
