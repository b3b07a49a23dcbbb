package pl.metryka.interfaces.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Redirects stay relative. The servlet container turns {@code sendRedirect("/panel/...")} (Faces
 * navigation, filters) into an absolute {@code Location} built from the request's {@code Host},
 * which a client can choose; HTTP allows a relative reference there (RFC 9110, 10.2.2), which the
 * reader's browser resolves against the address it actually used.
 */
public class RelativeRedirects extends HttpFilter {

    /** A scheme (RFC 3986, 3.1): the location names its own host. Not parsed as a URI: Faces may pass unencoded text. */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

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
        if (location == null || ABSOLUTE.matcher(location).lookingAt() || location.startsWith("//")) {
            response.sendRedirect(location);
            return;
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.flushBuffer();
    }
}
