package pl.metryka.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who is really asking. A request's peer is the client unless the peer is one of the configured
 * reverse proxies ({@code metryka.trusted.proxies}, env {@code METRYKA_TRUSTED_PROXIES}: addresses
 * and CIDR ranges, comma-separated; default none). Only then do {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} count: any client can write them, so from anyone else they are ignored.
 *
 * <p>The client is the right-most address of {@code X-Forwarded-For} that is not a trusted proxy:
 * each proxy appends the peer it saw, so everything left of the first untrusted entry (reading
 * from the right) was written by the client itself and proves nothing.
 */
@ApplicationScoped
public class TrustedProxies {

    static final String PROPERTY = "metryka.trusted.proxies";
    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

    private volatile AddressRanges proxies;

    /** The client's address: the peer, or behind a trusted proxy the address that proxy forwarded. */
    public String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        return client(peer, Collections.list(request.getHeaders("X-Forwarded-For")), ranges());
    }

    /** The right-most address of the {@code X-Forwarded-For} chain (all its headers in order) not in {@code trusted}. */
    static String client(String peer, List<String> forwardedFor, AddressRanges trusted) {
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                chain.add(hop.strip());
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<String> hop = AddressRanges.literal(chain.get(i));
            if (hop.isEmpty()) {
                return peer; // garbage in the chain: nothing left of it can be believed
            }
            if (!trusted.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    /** {@code https} or {@code http} as the trusted proxy says the client used; empty when it says nothing or is not trusted. */
    public Optional<String> forwardedScheme(HttpServletRequest request) {
        if (!isTrusted(request.getRemoteAddr())) {
            return Optional.empty();
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            return Optional.empty();
        }
        String[] hops = proto.split(",");
        String last = hops[hops.length - 1].strip().toLowerCase(Locale.ROOT);
        return last.equals("https") || last.equals("http") ? Optional.of(last) : Optional.empty();
    }

    public boolean isTrusted(String address) {
        return ranges().contains(address);
    }

    private AddressRanges ranges() {
        AddressRanges known = proxies;
        if (known == null) {
            String configured = ConfigProvider.getConfig()
                    .getOptionalValue(PROPERTY, String.class)
                    .orElse("");
            known = AddressRanges.parse(configured, PROPERTY);
            if (!known.isEmpty()) {
                LOG.info("Forwarded headers are trusted from " + known);
            }
            proxies = known;
        }
        return known;
    }
}
