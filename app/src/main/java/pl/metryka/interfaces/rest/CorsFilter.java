package pl.metryka.interfaces.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-origin reads for re-users' web pages: GET and HEAD of the API and the feeds are open to
 * every origin ({@code Access-Control-Allow-Origin: *}, never with credentials), and a preflight
 * for them is answered here. Writes get no CORS headers at all, so a browser on another site can
 * never send them with a clerk's credentials, and a preflight for one is answered without
 * permission.
 */
@WebFilter(
        urlPatterns = {"/api/v1/*", "/kanal/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class CorsFilter extends HttpFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since";
    static final String EXPOSED_HEADERS = "ETag, Link, Last-Modified, Content-Disposition";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (request.getHeader("Origin") != null
                && "OPTIONS".equals(method)
                && request.getHeader("Access-Control-Request-Method") != null) {
            preflight(request, response);
            return;
        }
        if (READS.contains(method)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            response.addHeader("Vary", "Origin");
        }
        chain.doFilter(request, response);
    }

    private static void preflight(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.addHeader("Vary", "Origin");
        if (READS.contains(request.getHeader("Access-Control-Request-Method"))) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "86400");
        }
    }
}
