package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.PodmiotSettings;
import pl.metryka.application.RegisterProofs;
import pl.metryka.domain.model.register.RegisterEntry;
import pl.metryka.domain.model.register.TreeHead;

/** The DCAT-AP catalogue for harvesting by dane.gov.pl (and any other data portal). */
@Path("dcat")
@Tag(name = "Otwarte dane")
public class DcatResource {

    static final String JSON_LD = "application/ld+json";

    @Inject
    private DocumentCatalog catalog;
    @Inject
    private PodmiotSettings podmiot;
    @Inject
    private RegisterProofs proofs;
    @Context
    private UriInfo uri;

    @GET
    @Produces({JSON_LD, "application/json"})
    @Operation(summary = "Katalog DCAT-AP (JSON-LD)",
            description = "Opis zbiorów „Dokumenty BIP” i „Rejestr zmian” z dystrybucjami (bulletin.json, register.csv,"
                    + " kanał Atom, API), wydawcą, warunkami ponownego wykorzystywania i datami modyfikacji; do"
                    + " harwestowania przez dane.gov.pl. Kontekst JSON-LD jest wbudowany.")
    @APIResponse(responseCode = "200", description = "Katalog",
            content = @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.OBJECT)))
    public String catalogue() {
        String site = ApiUrls.site(uri);
        String api = ApiUrls.api(uri);
        long size = proofs.latestHead().map(TreeHead::size).orElse(0L);
        Instant first = at(catalog.registerAfter(0, 1));
        Instant last = size == 0 ? null : at(catalog.registerAfter(size - 1, 1));
        return DcatCatalog.of(new DcatCatalog.Facts(api + "/dcat", site, api, uri.getBaseUri().resolve("/openapi").toString(),
                podmiot.podmiot().orElse(null), podmiot.name(), first, last,
                catalog.publicDocuments(0, 1).total(), size)).toString();
    }

    private static Instant at(List<RegisterEntry> entries) {
        return entries.isEmpty() ? null : entries.get(0).at();
    }
}
