package pl.metryka.infrastructure.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every request once, by part of the site and status class. Declared in web.xml ahead of
 * the routing filters, which forward and so would hide the request from a later filter.
 */
public class RequestMetricsFilter extends HttpFilter {

    @Inject
    private ApplicationMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.request(
                    area(request.getRequestURI()
                            .substring(request.getContextPath().length())),
                    response.getStatus());
        }
    }

    static String area(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/kanal/") || path.equals("/sitemap.xml") || path.equals("/robots.txt")) {
            return "feed";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "static";
        }
        return "page";
    }
}
