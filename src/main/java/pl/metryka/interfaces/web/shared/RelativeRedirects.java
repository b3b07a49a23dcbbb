package pl.metryka.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * Redirects stay relative. The servlet container turns {@code sendRedirect("/panel/...")} (Faces
 * navigation, filters) into an absolute {@code Location} built from the request's {@code Host},
 * which a client can choose; HTTP allows a relative reference there (RFC 9110, 10.2.2), which the
 * reader's browser resolves against the address it actually used.
 */
public class RelativeRedirects extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                redirect((HttpServletResponse) getResponse(), location);
            }
        });
    }

    /** A 302 to {@code location} as given when it is relative; what {@code sendRedirect} does otherwise. */
    public static void redirect(HttpServletResponse response, String location) throws IOException {
        if (location == null || URI.create(location).isAbsolute() || location.startsWith("//")) {
            response.sendRedirect(location);
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.flushBuffer();
    }
}
