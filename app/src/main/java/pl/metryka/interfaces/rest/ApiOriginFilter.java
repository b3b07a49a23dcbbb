package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import pl.metryka.application.PublicAddress;

/**
 * A browser's write to the API must come from the bulletin's own pages. A page of another origin
 * can make a logged-in reader's browser send a request (with whatever credentials the browser holds
 * for this site); the browser then says where it came from: {@code Origin} (sent with every
 * cross-origin and every non-GET request by current browsers), or failing that
 * {@code Sec-Fetch-Site} or {@code Referer}. When one of them names another origin than the
 * bulletin's ({@link PublicAddress#origin()}), the write is refused before its body is read:
 * 403, problem+json, one audit event. Clients that are not browsers (the importer, scripts) send
 * none of these headers and are unaffected. Reads stay open to every origin ({@link CorsFilter}).
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class ApiOriginFilter extends ApiWriteFilter {

    private static final int MAX_AUDITED = 200;

    @Inject
    private PublicAddress address;

    @Inject
    private RefusedApiRequests refusals;

    @Override
    protected void filterWrite(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> foreign = foreignOrigin(request, address.origin());
        if (foreign.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = foreign.get();
        refusals.record(
                request,
                request.getRemoteUser(),
                detail.length() > MAX_AUDITED ? detail.substring(0, MAX_AUDITED) : detail);
        response.setHeader("Cache-Control", "no-store");
        Problem.of(
                        403,
                        request.getRequestURI(),
                        null,
                        "Zapis przez API ze strony innego pochodzenia (Origin) niż Biuletyn jest niedozwolony.")
                .writeTo(response);
    }

    /** Why the request comes from another origin than {@code own}, or empty when nothing says so. */
    static Optional<String> foreignOrigin(HttpServletRequest request, String own) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameOrigin(origin, own) ? Optional.empty() : Optional.of("cross-origin request, Origin: " + origin);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return Optional.of("cross-origin request, Sec-Fetch-Site: " + site);
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !sameOrigin(referer, own)) {
            return Optional.of("cross-origin request, Referer: " + referer);
        }
        return Optional.empty();
    }

    /** Whether {@code url}'s scheme, host and port are {@code own}'s (default ports written or not). */
    static boolean sameOrigin(String url, String own) {
        return normalised(url).map(o -> o.equals(normalised(own).orElse(null))).orElse(false);
    }

    private static Optional<String> normalised(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1
                    ? uri.getPort()
                    : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
