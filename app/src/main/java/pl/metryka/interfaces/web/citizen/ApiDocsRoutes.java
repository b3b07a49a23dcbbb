package pl.metryka.interfaces.web.citizen;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The readable API documentation at {@code /api/dokumentacja} (and {@code /api}). */
@WebFilter(
        urlPatterns = {"/api", "/api/", "/api/dokumentacja"},
        dispatcherTypes = DispatcherType.REQUEST)
public class ApiDocsRoutes extends HttpFilter {

    public static final String PATH = "/api/dokumentacja";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher("/citizen/api.xhtml").forward(request, response);
    }
}
