package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.amendment;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import pl.metryka.test.ApiClient;

/** The Atom feeds, the sitemap and robots.txt, read over HTTP and parsed as XML. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final HttpClient HTTP = ApiClient.http();
    private static final String REASON = "Korekta terminu składania wniosków";

    @ArquillianResource
    private URL base;

    /** One published and amended document: its slug and title. */
    private record Followed(String slug, String title) {}

    private Followed publishAndAmend() {
        ApiClient api = ApiClient.anonymous(base);
        String title = unique("Nabór wniosków o dotacje");
        String body = "<p>Wójt Gminy Klucze ogłasza nabór wniosków &amp; zaprasza organizacje pozarządowe.</p>" + "<p>"
                + "Wnioski można składać w sekretariacie urzędu w godzinach jego pracy. ".repeat(8) + "</p>";
        JsonObject doc = published(api, title, body);
        ApiClient.Reply amended = api.as("naczelny", "naczelny")
                .put(
                        "api/v1/documents/" + doc.getInt("id"),
                        amendment(title, body.replace("sekretariacie", "biurze podawczym"), REASON, 1));
        assertEquals(200, amended.status(), amended.toString());
        return new Followed(doc.getString("slug"), title);
    }

    @Test
    void theDocumentFeedHasEveryChangeNewestFirstWithItsReason() throws Exception {
        Followed doc = publishAndAmend();
        HttpResponse<byte[]> response = get("kanal/dokument/" + doc.slug(), null);
        assertEquals(200, response.statusCode());
        assertEquals(
                "application/atom+xml;charset=utf-8",
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .replace(" ", "")
                        .toLowerCase());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));

        Element feed = atom(response.body());
        assertTrue(child(feed, "id").startsWith("tag:"), "feed id is a tag URI");
        assertEquals("Urząd Gminy Klucze – Biuletyn Informacji Publicznej – " + doc.title(), child(feed, "title"));
        assertEquals(Http.published("kanal/dokument/" + doc.slug()).toString(), link(feed, "self"));
        assertEquals(Http.published("dokument/" + doc.slug()).toString(), link(feed, "alternate"));

        List<Element> entries = entries(feed);
        assertEquals(2, entries.size(), "one entry for the publication, one for the amendment");
        Element amendment = entries.get(0);
        Element publication = entries.get(1);
        assertEquals("Zmieniono (wersja 2): " + doc.title(), child(amendment, "title"));
        assertTrue(
                child(amendment, "id").matches("tag:[^,]+,2026:metryka/document/\\d+/revision/2/amended"),
                child(amendment, "id"));
        assertEquals(REASON, child(amendment, "summary"));
        assertEquals("Rafał Jaworski", child(first(amendment, "author"), "name"));
        assertEquals(Http.published("dokument/" + doc.slug() + "/wersja/2").toString(), link(amendment, "alternate"));

        assertEquals("Opublikowano: " + doc.title(), child(publication, "title"));
        assertTrue(child(publication, "id").endsWith("/revision/1/published"), child(publication, "id"));
        String summary = child(publication, "summary");
        assertTrue(
                summary.startsWith(
                        "Wójt Gminy Klucze ogłasza nabór wniosków & zaprasza organizacje pozarządowe. Wnioski"),
                summary);
        assertTrue(summary.length() <= 301 && summary.endsWith("…"), summary);
        assertFalse(summary.contains("<"), summary);

        Instant newest = Instant.parse(child(amendment, "updated"));
        assertFalse(newest.isBefore(Instant.parse(child(publication, "updated"))), "newest first");
        assertEquals(newest, Instant.parse(child(feed, "updated")), "the feed is as new as its newest entry");

        assertEquals(
                200,
                get(URI.create(link(amendment, "alternate")), null).statusCode(),
                "the entry links to a real version page");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("kanal/dokument/" + doc.slug(), etag).statusCode());
    }

    @Test
    void theSiteAndCategoryFeedsCarryTheChangeAndCategoriesIncludeTheirSubcategories() throws Exception {
        Followed doc = publishAndAmend();
        HttpResponse<byte[]> site = get("kanal/atom", null);
        assertEquals(200, site.statusCode());
        Element feed = atom(site.body());
        assertEquals("Urząd Gminy Klucze – Biuletyn Informacji Publicznej", child(feed, "title"));
        List<Element> entries = entries(feed);
        assertTrue(entries.size() <= 50);
        List<String> links = new ArrayList<>();
        Instant previous = Instant.MAX;
        for (Element e : entries) {
            Instant updated = Instant.parse(child(e, "updated"));
            assertFalse(updated.isAfter(previous), "entries newest first");
            previous = updated;
            assertFalse(child(e, "id").isBlank());
            assertFalse(child(e, "title").isBlank());
            links.add(link(e, "alternate"));
        }
        int amended = links.indexOf(
                Http.published("dokument/" + doc.slug() + "/wersja/2").toString());
        int publishedAt = links.indexOf(
                Http.published("dokument/" + doc.slug() + "/wersja/1").toString());
        assertTrue(amended >= 0 && publishedAt > amended, links.toString());

        List<String> news =
                alternates(atom(get("kanal/kategoria/aktualnosci", null).body()));
        assertTrue(
                news.contains(
                        Http.published("dokument/" + doc.slug() + "/wersja/2").toString()),
                news.toString());

        // uchwala-budzetowa-2025 is filed two levels below rada-gminy; kluczewski-klaster is in aktualnosci
        List<String> council =
                alternates(atom(get("kanal/kategoria/rada-gminy", null).body()));
        assertTrue(council.stream().anyMatch(l -> l.contains("/dokument/uchwala-budzetowa-2025/")), council.toString());
        assertTrue(council.stream().noneMatch(l -> l.contains("/dokument/kluczewski-klaster/")), council.toString());
        assertTrue(council.stream().noneMatch(l -> l.contains("/dokument/" + doc.slug() + "/")), council.toString());
    }

    @Test
    void unknownFeedsAre404() throws Exception {
        assertEquals(404, get("kanal/dokument/nie-ma-takiego", null).statusCode());
        assertEquals(404, get("kanal/kategoria/nie-ma-takiej", null).statusCode());
        assertEquals(404, get("kanal/inne", null).statusCode());
        assertEquals(404, get("kanal/dokument/kluczewski-klaster/wersja", null).statusCode());
    }

    @Test
    void theDocumentAndCategoryPagesAdvertiseTheirFeeds() throws Exception {
        Followed doc = publishAndAmend();
        String context = uri("").getPath().replaceAll("/$", "");
        String page = new String(get("dokument/" + doc.slug(), null).body(), StandardCharsets.UTF_8);
        assertTrue(hasAtomLink(page, context + "/kanal/dokument/" + doc.slug()), page);
        assertTrue(page.contains(">Obserwuj zmiany (Atom)</a>"), page);

        String category = new String(get("kategoria/aktualnosci", null).body(), StandardCharsets.UTF_8);
        assertTrue(hasAtomLink(category, context + "/kanal/kategoria/aktualnosci"), category);
    }

    @Test
    void theSitemapListsTheDocumentAndItsVersionsAndRobotsPointsToIt() throws Exception {
        Followed doc = publishAndAmend();
        HttpResponse<byte[]> response = get("sitemap.xml", null);
        assertEquals(200, response.statusCode());
        Element urlset = parse(response.body()).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<String> locations = new ArrayList<>();
        String documentLastmod = null;
        NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = child(url, SITEMAP, "loc");
            locations.add(loc);
            if (loc.equals(Http.published("dokument/" + doc.slug()).toString())) {
                documentLastmod = child(url, SITEMAP, "lastmod");
            }
        }
        assertTrue(locations.contains(Http.published("").toString()), "home");
        assertTrue(locations.contains(Http.published("kategoria/aktualnosci").toString()), "categories");
        assertTrue(
                locations.contains(
                        Http.published("dokument/" + doc.slug() + "/wersja/1").toString()),
                "versions");
        assertTrue(
                locations.contains(
                        Http.published("dokument/" + doc.slug() + "/wersja/2").toString()),
                "versions");
        assertNotNull(documentLastmod, "the document is listed with its lastmod");
        Instant.parse(documentLastmod);

        HttpResponse<byte[]> robots = get("robots.txt", null);
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = new String(robots.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Sitemap: " + Http.published("sitemap.xml")), text);
        assertTrue(text.contains("/dokument/*/drukuj"), text);
        assertTrue(text.contains("/dokument/*/porownaj"), text);
    }

    private static boolean hasAtomLink(String html, String href) {
        Matcher links = Pattern.compile("<link\\b[^>]*>").matcher(html);
        while (links.find()) {
            String tag = links.group();
            if (tag.contains("rel=\"alternate\"")
                    && tag.contains("type=\"application/atom+xml\"")
                    && tag.contains("href=\"" + href + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static Element atom(byte[] xml) throws Exception {
        Element feed = parse(xml).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(child(feed, required).isBlank(), "feed/" + required);
        }
        for (Element e : entries(feed)) {
            for (String required : List.of("id", "title", "updated")) {
                assertFalse(child(e, required).isBlank(), "entry/" + required);
            }
            assertTrue(link(e, "alternate").startsWith("http"), "entry links are absolute");
            assertFalse(child(first(e, "author"), "name").isBlank(), "entry/author/name");
        }
        return feed;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> entries(Element feed) {
        List<Element> entries = new ArrayList<>();
        for (Node n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && "entry".equals(e.getLocalName())) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static List<String> alternates(Element feed) {
        return entries(feed).stream().map(e -> link(e, "alternate")).toList();
    }

    private static Element first(Element parent, String name) {
        return first(parent, ATOM, name);
    }

    private static Element first(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static String child(Element parent, String name) {
        return first(parent, name).getTextContent();
    }

    private static String child(Element parent, String namespace, String name) {
        return first(parent, namespace, name).getTextContent();
    }

    private static String link(Element parent, String rel) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && "link".equals(e.getLocalName())
                    && rel.equals(e.getAttribute("rel"))) {
                assertFalse(e.getAttribute("href").isBlank());
                return e.getAttribute("href");
            }
        }
        throw new AssertionError("no <link rel=\"" + rel + "\"> in <" + parent.getLocalName() + ">");
    }

    private URI uri(String path) {
        return ApiClient.anonymous(base).uri(path);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        return get(uri(path), ifNoneMatch);
    }

    private static HttpResponse<byte[]> get(URI uri, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
