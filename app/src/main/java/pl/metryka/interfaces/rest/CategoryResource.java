package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.application.NotFoundException;
import pl.metryka.application.PublicAddress;
import pl.metryka.domain.model.category.Category;

/** The menu przedmiotowe, as a tree and one category at a time. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    private DocumentCatalog catalog;

    @Inject
    private PublicAddress address;

    @GET
    public List<CategoryJson.Node> tree() {
        return CategoryJson.children(null, catalog.categories(), ApiUrls.site(address), ApiUrls.api(address));
    }

    @GET
    @Path("{slug}")
    public CategoryJson.Detail category(@PathParam("slug") String slug) {
        Category category =
                catalog.category(slug).orElseThrow(() -> new NotFoundException("Nie ma kategorii " + slug + "."));
        String site = ApiUrls.site(address);
        String api = ApiUrls.api(address);
        List<Category> all = catalog.categories();
        long documents = catalog.publicDocumentsUnder(category, false, 0, 1).total();
        return new CategoryJson.Detail(
                category.id(),
                category.slug(),
                category.name(),
                category.position(),
                site + "/kategoria/" + category.slug(),
                CategoryJson.documentsUrl(api, category),
                documents,
                category.parent() == null ? null : CategoryJson.link(category.parent(), api),
                category.path().stream().map(c -> CategoryJson.link(c, api)).toList(),
                CategoryJson.children(category, all, site, api));
    }
}
