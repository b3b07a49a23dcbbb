package pl.metryka.interfaces.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import pl.metryka.application.PublicAddress;

/**
 * Redirects go to the public address. The servlet container turns a relative redirect (Faces
 * navigation, {@code sendRedirect("/panel/...")}) into an absolute {@code Location} built from the
 * request's {@code Host}; made absolute here first, from {@link PublicAddress}, it is left alone.
 */
public class PublicRedirects extends HttpFilter {

    @Inject
    private PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(absolute(address, request, location));
            }
        });
    }

    /** {@code location} as the container would resolve it, but on the public address. */
    public static String absolute(PublicAddress address, HttpServletRequest request, String location) {
        if (location == null || URI.create(location).isAbsolute()) {
            return location;
        }
        String context = request.getContextPath();
        if (location.startsWith("//")) {
            // a network-path reference names a host of its own: keep it on this site
            return address.of(location.replaceFirst("^/+", "/"));
        }
        if (location.startsWith("/")) {
            return location.startsWith(context + "/") || location.equals(context)
                    ? address.of(location.substring(context.length())) : address.origin() + location;
        }
        return URI.create(address.of(Routes.currentPath(request))).resolve(location).toString();
    }
}
