package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.Instant;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.PublicAddress;
import pl.metryka.application.RegisterProofs;
import pl.metryka.domain.model.register.PublicRegisterEntry;
import pl.metryka.domain.model.register.TreeHead;

/** The DCAT-AP catalogue for harvesting by dane.gov.pl (and any other data portal). */
@Path("dcat")
public class DcatResource {

    static final String JSON_LD = "application/ld+json";
    static final String TURTLE = "text/turtle";
    static final String RDF_XML = "application/rdf+xml";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.valueOf(JSON_LD),
                    MediaType.APPLICATION_JSON_TYPE,
                    MediaType.valueOf(TURTLE),
                    MediaType.valueOf(RDF_XML))
            .build();

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private RegisterProofs proofs;

    @Inject
    private PublicAddress address;

    @Context
    private Request request;

    @GET
    @Produces({JSON_LD, "application/json", TURTLE, RDF_XML})
    public Response catalogue() {
        String site = ApiUrls.site(address);
        String api = ApiUrls.api(address);
        long size = proofs.latestHead().map(TreeHead::size).orElse(0L);
        Instant first = at(catalog.registerAfter(0, 1));
        Instant last = size == 0 ? null : at(catalog.registerAfter(size - 1, 1));
        JsonObject jsonLd = DcatCatalog.of(new DcatCatalog.Facts(
                api + "/dcat",
                site,
                api,
                address.origin() + "/openapi",
                podmiot.podmiot().orElse(null),
                podmiot.name(),
                first,
                last,
                catalog.publicDocuments(0, 1).total(),
                size));
        Variant variant = request.selectVariant(VARIANTS);
        String type = variant == null ? JSON_LD : variant.getMediaType().toString();
        String body = switch (type) {
            case TURTLE -> LinkedData.of(jsonLd).turtle();
            case RDF_XML -> LinkedData.of(jsonLd).rdfXml();
            default -> jsonLd.toString();
        };
        return Response.ok(body, type + ";charset=UTF-8")
                .header("Vary", "Accept")
                .build();
    }

    private static Instant at(List<PublicRegisterEntry> entries) {
        return entries.isEmpty() ? null : entries.get(0).at();
    }
}
