package pl.metryka.interfaces.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.SiteIndex;
import pl.metryka.domain.model.category.Category;
import pl.metryka.interfaces.web.cache.PageCache;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the home page, every category, every public document
 * and each of its published versions. A withdrawn document's own page stays readable (200)
 * but asks not to be indexed, so only its versions are listed.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    private SiteIndex index;

    @Inject
    private PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageCache.cacheable(request, PageCache.Scope.BULLETIN);
        String site = address.site();
        List<Category> categories = index.categories();
        List<SiteIndex.Entry> documents = index.publicDocuments();
        XmlAnswer.send(
                request,
                response,
                "application/xml;charset=UTF-8",
                null,
                "sitemap",
                xml -> urlset(site, categories, documents, xml));
    }

    private static void urlset(
            String site, List<Category> categories, List<SiteIndex.Entry> documents, XMLStreamWriter xml)
            throws XMLStreamException {
        xml.setDefaultNamespace(SITEMAP);
        xml.writeStartElement(SITEMAP, "urlset");
        xml.writeDefaultNamespace(SITEMAP);
        url(xml, site + "/", null);
        url(xml, site + "/api/dokumentacja", null);
        for (Category c : categories) {
            url(xml, site + "/kategoria/" + c.slug(), null);
        }
        for (SiteIndex.Entry d : documents) {
            if (!d.withdrawn()) {
                url(xml, site + Routes.document(d.slug()), d.lastModified());
            }
            for (SiteIndex.Version v : d.versions()) {
                url(xml, site + Routes.version(d.slug(), v.number()), v.publishedAt());
            }
        }
        xml.writeEndElement();
    }

    private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement(SITEMAP, "url");
        xml.writeStartElement(SITEMAP, "loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement(SITEMAP, "lastmod");
            xml.writeCharacters(AtomWriter.rfc3339(lastModified));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
