package pl.metryka.interfaces.web.citizen;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.metryka.interfaces.web.cache.PageCache;

/**
 * How a route hands over a page that changes only when the bulletin does (a category, the search,
 * the registers, a statutory page): browsers revalidate it on every view ({@code no-cache}, so a
 * change shows at once), and the page cache keeps it until the register head moves. One place, so
 * that no such route forgets either half.
 */
final class BulletinPages {

    private BulletinPages() {}

    static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-cache");
        PageCache.cacheable(request, PageCache.Scope.BULLETIN);
        request.getRequestDispatcher(view).forward(request, response);
    }
}
