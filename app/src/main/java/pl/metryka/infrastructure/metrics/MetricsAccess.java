package pl.metryka.infrastructure.metrics;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.metryka.infrastructure.web.AddressRanges;

/**
 * Who may read /metrics: a caller logged in (HTTP Basic) with one of {@code metryka.metrics.roles}
 * (env {@code METRYKA_METRICS_ROLES}, default {@code ADMINISTRATOR,AUDYTOR}), or a scraper at one of
 * {@code metryka.metrics.addresses} (env {@code METRYKA_METRICS_ADDRESSES}: addresses and CIDR
 * ranges, default none; behind a proxy the client's address counts, see
 * {@code METRYKA_TRUSTED_PROXIES}). Anyone else: 401, or 403 when logged in without the role.
 * Mapped to {@code /metrics/*} as well: should Payara's own endpoint be registered in this
 * application after all (deployed at the root without the launcher's pre-boot commands), its
 * sub-paths are closed too.
 */
@WebFilter(
        urlPatterns = {"/metrics", "/metrics/*"},
        dispatcherTypes = DispatcherType.REQUEST)
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ROLES = "metryka.metrics.roles";
    static final String ADDRESSES = "metryka.metrics.addresses";

    private transient volatile AddressRanges addresses;
    private transient volatile List<String> roles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!allowedAddresses().contains(request.getRemoteAddr())) {
            if (request.getUserPrincipal() == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Metryka\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (allowedRoles().stream().noneMatch(request::isUserInRole)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private AddressRanges allowedAddresses() {
        AddressRanges known = addresses;
        if (known == null) {
            known = AddressRanges.parse(
                    ConfigProvider.getConfig()
                            .getOptionalValue(ADDRESSES, String.class)
                            .orElse(""),
                    ADDRESSES);
            addresses = known;
        }
        return known;
    }

    private List<String> allowedRoles() {
        List<String> known = roles;
        if (known == null) {
            known = Arrays.stream(ConfigProvider.getConfig()
                            .getOptionalValue(ROLES, String.class)
                            .orElse("ADMINISTRATOR,AUDYTOR")
                            .split("[,\\s]+"))
                    .filter(r -> !r.isEmpty())
                    .toList();
            roles = known;
        }
        return known;
    }
}
