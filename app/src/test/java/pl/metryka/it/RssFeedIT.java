package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * RSS 2.0 beside Atom (issue 16: many readers and municipal aggregators take RSS only), advertised
 * on every page. Before: {@code /kanal/rss} answered 404 and no page named an RSS feed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RssFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @ArquillianResource
    private URL base;

    @Test
    void theSiteFeedIsRss20WithEveryRequiredElementAndTheSameItemsAsAtom() throws Exception {
        HttpResponse<byte[]> response = Http.get(Http.app(base, "kanal/rss"));
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/rss+xml;charset=utf-8",
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase());
        Element rss = parse(response.body());
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = only(rss, "channel");
        assertEquals("Urząd Gminy Klucze – Biuletyn Informacji Publicznej", text(channel, "title"));
        assertEquals(Http.published("").toString(), text(channel, "link"));
        assertFalse(text(channel, "description").isBlank());
        assertEquals("pl", text(channel, "language"));
        Element self = (Element) channel.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals(Http.published("kanal/rss").toString(), self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));

        List<Element> items = children(channel, "item");
        assertFalse(items.isEmpty(), "the demo bulletin has changes");
        ZonedDateTime previous = null;
        List<String> links = new ArrayList<>();
        for (Element item : items) {
            assertFalse(text(item, "title").isBlank());
            assertTrue(text(item, "link").startsWith(Http.published("dokument/").toString()), text(item, "link"));
            Element guid = only(item, "guid");
            assertEquals("false", guid.getAttribute("isPermaLink"));
            assertTrue(guid.getTextContent().startsWith("tag:"), guid.getTextContent());
            assertFalse(
                    item.getElementsByTagNameNS(DC, "creator")
                            .item(0)
                            .getTextContent()
                            .isBlank(),
                    "dc:creator");
            ZonedDateTime date = ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(previous == null || !date.isAfter(previous), "newest first");
            previous = date;
            links.add(text(item, "link"));
        }
        String atom = Http.text(Http.get(Http.app(base, "kanal/atom")));
        for (String link : links) {
            assertTrue(atom.contains("href=\"" + link + "\""), "the Atom feed has the same entry: " + link);
        }
    }

    @Test
    void categoryAndDocumentFeedsExistAsRssAndUnknownOnesAre404() throws Exception {
        Element council = only(
                parse(Http.get(Http.app(base, "kanal/rss/kategoria/rada-gminy")).body()), "channel");
        assertTrue(children(council, "item").stream()
                .anyMatch(i -> text(i, "link").contains("/dokument/uchwala-budzetowa-2025/")));
        Element klaster = only(
                parse(Http.get(Http.app(base, "kanal/rss/dokument/kluczewski-klaster"))
                        .body()),
                "channel");
        assertEquals(Http.published("dokument/kluczewski-klaster").toString(), text(klaster, "link"));
        assertFalse(children(klaster, "item").isEmpty());
        assertEquals(
                404,
                Http.get(Http.app(base, "kanal/rss/dokument/nie-ma-takiego")).statusCode());
        assertEquals(
                404,
                Http.get(Http.app(base, "kanal/rss/kategoria/nie-ma-takiej")).statusCode());
    }

    @Test
    void everyPageAdvertisesTheRssFeedInItsHeadAndFooter() {
        String context = Http.app(base, "").getPath().replaceAll("/$", "");
        for (String page : List.of(
                "",
                "kategoria/aktualnosci",
                "dokument/kluczewski-klaster",
                "dokument/kluczewski-klaster/wersja/1",
                "szukaj?q=klaster",
                "rejestr-zmian",
                "mapa-strony",
                "redakcja",
                "deklaracja-dostepnosci",
                "archiwum")) {
            String html = Http.text(Http.get(Http.app(base, page)));
            assertTrue(
                    alternate(html, "application/rss+xml", context + "/kanal/rss"),
                    "<link rel=alternate> to RSS on /" + page);
            assertTrue(html.contains("href=\"" + context + "/kanal/rss\">Kanał RSS"), "footer link to RSS on /" + page);
        }
        String category = Http.text(Http.get(Http.app(base, "kategoria/aktualnosci")));
        assertTrue(alternate(category, "application/rss+xml", context + "/kanal/rss/kategoria/aktualnosci"), category);
        String document = Http.text(Http.get(Http.app(base, "dokument/kluczewski-klaster")));
        assertTrue(
                alternate(document, "application/rss+xml", context + "/kanal/rss/dokument/kluczewski-klaster"),
                document);
    }

    static boolean alternate(String html, String type, String href) {
        Matcher links = Pattern.compile("<link\\b[^>]*>").matcher(html);
        while (links.find()) {
            String tag = links.group();
            if (tag.contains("rel=\"alternate\"")
                    && tag.contains("type=\"" + type + "\"")
                    && tag.contains("href=\"" + href + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one <" + name + "> in <" + parent.getLocalName() + ">");
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return only(parent, name).getTextContent();
    }
}
