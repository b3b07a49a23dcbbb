package pl.metryka.interfaces.web.citizen;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import pl.metryka.application.DocumentCatalog;
import pl.metryka.domain.model.category.Category;
import pl.metryka.interfaces.web.shared.Routes;

/** {@code /kategoria/{slug}}: the documents filed under one node of the menu przedmiotowe. */
@WebFilter(urlPatterns = "/kategoria/*", dispatcherTypes = DispatcherType.REQUEST)
public class CategoryRoutes extends HttpFilter {

    public static final String ATTRIBUTE = "metryka.category";

    @Inject
    private DocumentCatalog catalog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String slug = Routes.currentPath(request).substring("/kategoria/".length());
        Optional<Category> category = slug.isEmpty() || slug.contains("/") ? Optional.empty() : catalog.category(slug);
        if (category.isEmpty() && !slug.isEmpty() && !slug.contains("/")) {
            Optional<Category> renamed = catalog.categoryFormerlyAt(slug);
            if (renamed.isPresent()) {
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        "Location",
                        request.getContextPath() + "/kategoria/" + renamed.get().slug()
                                + (query == null ? "" : "?" + query));
                return;
            }
        }
        if (category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(ATTRIBUTE, category.get());
        BulletinPages.forward(request, response, "/citizen/category.xhtml");
    }
}
