package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.category.Category;

/** The menu przedmiotowe, as a tree and one category at a time. */
@Path("categories")
@Tag(name = "Kategorie")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    private DocumentCatalog catalog;
    @Inject
    private PublicAddress address;

    @GET
    @Operation(summary = "Drzewo kategorii", description = "Kategorie najwyższego poziomu z podkategoriami (children), w kolejności menu.")
    @APIResponse(responseCode = "200", description = "Drzewo")
    public List<CategoryJson.Node> tree() {
        return CategoryJson.children(null, catalog.categories(), ApiUrls.site(address), ApiUrls.api(address));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Kategoria", description = "Kategoria z nadrzędną, ścieżką od góry menu, podkategoriami i liczbą dokumentów publicznych.")
    @APIResponse(responseCode = "200", description = "Kategoria")
    @APIResponse(responseCode = "404", description = "Nie ma kategorii", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CategoryJson.Detail category(@Parameter(description = "Slug kategorii") @PathParam("slug") String slug) {
        Category category = catalog.category(slug).orElseThrow(() -> new NotFoundException("Nie ma kategorii " + slug + "."));
        String site = ApiUrls.site(address);
        String api = ApiUrls.api(address);
        List<Category> all = catalog.categories();
        long documents = catalog.publicDocumentsUnder(category, false, 0, 1).total();
        return new CategoryJson.Detail(category.id(), category.slug(), category.name(), category.position(),
                site + "/kategoria/" + category.slug(), CategoryJson.documentsUrl(api, category), documents,
                category.parent() == null ? null : CategoryJson.link(category.parent(), api),
                category.path().stream().map(c -> CategoryJson.link(c, api)).toList(),
                CategoryJson.children(category, all, site, api));
    }
}
