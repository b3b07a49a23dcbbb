package pl.metryka.interfaces.web.citizen;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import pl.metryka.domain.model.category.Category;
import pl.metryka.domain.model.document.Attachment;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.podmiot.Podmiot;
import pl.metryka.domain.shared.Timestamps;
import pl.metryka.interfaces.web.shared.Routes;

/**
 * The document page's machine-readable metadata: schema.org {@code DigitalDocument} in JSON-LD,
 * the metryka in the vocabulary search engines and data portals read. On a version page it
 * describes that version (its own URL, number and date) as an example of the document.
 *
 * <p>It goes into a {@code <script type="application/ld+json">} data block, which the
 * Content-Security-Policy does not execute; {@code <}, {@code >} and {@code &} are written as
 * JSON escapes so no text can close the element.
 */
public final class DocumentJsonLd {

    // one factory: each Json.createObjectBuilder() looks the JSON-P provider up again (issue 15)
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private DocumentJsonLd() {}

    /** {@code site} is the absolute root of the bulletin; {@code podmiot} may be null before setup. */
    public static String of(
            Document d, Revision r, boolean versionView, String site, Podmiot podmiot, String siteName) {
        MetrykaView m = MetrykaView.of(d, r);
        String documentUrl = site + Routes.document(d.slug());
        String url = versionView ? site + Routes.version(d.slug(), r.number()) : documentUrl;
        Category category = d.category();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "DigitalDocument")
                .add("@id", url)
                .add("url", url)
                .add("name", r.title())
                .add("headline", r.title())
                .add("inLanguage", "pl")
                .add("encodingFormat", "text/html")
                .add("version", Integer.toString(r.number()))
                .add("creativeWorkStatus", d.withdrawal() != null && !versionView ? "Withdrawn" : "Published")
                .add(
                        "identifier",
                        JSON.createObjectBuilder()
                                .add("@type", "PropertyValue")
                                .add("propertyID", "SHA-256")
                                .add("value", text(r.contentHash())))
                .add("dateCreated", m.createdOn().toString())
                // the document's first publication here; the version's own moment is dateModified
                .add("datePublished", instant(m.firstPublishedAt()))
                .add("dateModified", instant(m.versionPublishedAt()))
                .add(
                        "creator",
                        JSON.createObjectBuilder()
                                .add("@type", "Person")
                                .add("name", text(m.author()))
                                .add("jobTitle", text(m.authorPosition())))
                .add("editor", JSON.createObjectBuilder().add("@type", "Person").add("name", text(m.editor())))
                .add("publisher", publisher(m.issuer(), podmiot, site))
                .add(
                        "isPartOf",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("@type", "WebSite")
                                        .add("name", siteName)
                                        .add("url", site + "/"))
                                .add(JSON.createObjectBuilder()
                                        .add("@type", "CollectionPage")
                                        .add("name", category.name())
                                        .add("url", site + "/kategoria/" + category.slug())))
                .add("usageInfo", site + "/ponowne-wykorzystywanie");
        if (versionView) {
            json.add(
                    "exampleOfWork",
                    JSON.createObjectBuilder()
                            .add("@type", "DigitalDocument")
                            .add("@id", documentUrl)
                            .add("url", documentUrl));
        }
        if (m.reason() != null) {
            json.add("description", "Zmiana: " + m.reason());
        }
        JsonArrayBuilder parts = JSON.createArrayBuilder();
        for (Attachment a : r.attachments()) {
            JsonObjectBuilder part = JSON.createObjectBuilder()
                    .add("@type", "MediaObject")
                    .add("name", a.fileName())
                    .add("encodingFormat", a.mediaType())
                    .add("contentSize", a.size() + " B")
                    .add("sha256", a.sha256())
                    .add("contentUrl", site + Routes.attachment(d.slug(), r.number(), a.position(), a.fileName()));
            if (a.description() != null) {
                part.add("description", a.description());
            }
            parts.add(part);
        }
        if (!r.attachments().isEmpty()) {
            json.add("hasPart", parts);
        }
        return safeInScript(json.build().toString());
    }

    private static JsonObjectBuilder publisher(String issuer, Podmiot podmiot, String site) {
        JsonObjectBuilder org = JSON.createObjectBuilder()
                .add("@type", "GovernmentOrganization")
                .add("name", text(issuer));
        if (podmiot != null) {
            org.add("address", podmiot.address());
            if (podmiot.phone() != null) {
                org.add("telephone", podmiot.phone());
            }
            if (podmiot.email() != null) {
                org.add("email", podmiot.email());
            }
            org.add("url", podmiot.website() != null ? podmiot.website() : site + "/");
        }
        return org;
    }

    private static String instant(Instant at) {
        return at == null ? "" : Timestamps.format(at);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
