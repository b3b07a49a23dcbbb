package pl.metryka.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.metryka.application.PublicAddress;

/**
 * The public address from {@code metryka.base.url} (environment {@code METRYKA_BASE_URL}), e.g.
 * {@code https://bip.gmina.pl} or {@code https://gmina.pl/bip}. The runnable jar sets it to its own
 * address ({@code http://localhost:<port>}) unless given one. A bare deployment without it falls
 * back to {@code http://localhost:8080} and this application's context path, and says so once in
 * the log: never to the address a request names.
 */
@ApplicationScoped
public class ConfiguredPublicAddress implements PublicAddress {

    static final String PROPERTY = "metryka.base.url";
    private static final Logger LOG = Logger.getLogger(ConfiguredPublicAddress.class.getName());

    @Inject
    private ServletContext servletContext;

    private volatile URI address;

    @Override
    public String site() {
        String url = address().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String host() {
        return address().getHost();
    }

    @Override
    public String origin() {
        URI a = address();
        return a.getScheme() + "://" + a.getRawAuthority();
    }

    private URI address() {
        URI known = address;
        if (known == null) {
            Optional<String> configured = ConfigProvider.getConfig()
                    .getOptionalValue(PROPERTY, String.class)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty());
            if (configured.isPresent()) {
                known = parse(configured.get());
            } else {
                known = parse("http://localhost:8080" + servletContext.getContextPath());
                LOG.warning("METRYKA_BASE_URL (metryka.base.url) is not set: absolute links use " + known
                        + "; set it to the bulletin's public address");
            }
            address = known;
        }
        return known;
    }

    /** An absolute http(s) URL with a host and no query or fragment; the path is kept (a bulletin under /bip). */
    static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalStateException(PROPERTY + " must be an absolute http(s) URL without query: " + url);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return new URI(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not a URL: " + url, e);
        }
    }
}
