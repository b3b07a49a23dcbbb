package pl.metryka.interfaces.web.citizen;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pl.metryka.interfaces.web.shared.Routes;

/** The statutory pages of the strona podmiotowa, each at its readable address ({@code /redakcja}, ...). */
@WebFilter(
        urlPatterns = {
            "/redakcja",
            "/instrukcja",
            "/informacje-nieudostepnione",
            "/ponowne-wykorzystywanie",
            "/deklaracja-dostepnosci",
            "/ochrona-danych",
            "/mapa-strony"
        },
        dispatcherTypes = DispatcherType.REQUEST)
public class StatutoryRoutes extends HttpFilter {

    public static final String ATTRIBUTE = "metryka.statutory";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String slug = Routes.currentPath(request).substring(1);
        request.setAttribute(ATTRIBUTE, slug);
        BulletinPages.forward(request, response, "/citizen/statutory/" + slug + ".xhtml");
    }
}
