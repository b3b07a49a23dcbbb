package pl.metryka.infrastructure.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import pl.metryka.infrastructure.web.AddressRanges;

/**
 * /metrics (the application runs at the server's root), for operators only: a caller logged in
 * (HTTP Basic) with one of {@code metryka.metrics.roles} (env {@code METRYKA_METRICS_ROLES}, default
 * {@code ADMINISTRATOR,AUDYTOR}), or a scraper at one of {@code metryka.metrics.addresses} (env
 * {@code METRYKA_METRICS_ADDRESSES}: addresses and CIDR ranges, default none; behind a proxy the
 * client's address counts, see {@code METRYKA_TRUSTED_PROXIES}). Anyone else: 401 or 403. Payara's
 * own endpoint, open to everyone, is switched off by the pre-boot commands (launcher, tests).
 */
@WebServlet("/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ROLES = "metryka.metrics.roles";
    static final String ADDRESSES = "metryka.metrics.addresses";

    @Inject
    private transient MetricRegistry application;
    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    private transient MetricRegistry base;
    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    private transient MetricRegistry vendor;

    private transient volatile AddressRanges addresses;
    private transient volatile List<String> roles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        StringBuilder text = new StringBuilder();
        OpenMetricsText.write(MetricRegistry.BASE_SCOPE, base, text);
        OpenMetricsText.write(MetricRegistry.VENDOR_SCOPE, vendor, text);
        OpenMetricsText.write(MetricRegistry.APPLICATION_SCOPE, application, text);
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(OpenMetricsText.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private AddressRanges allowedAddresses() {
        AddressRanges known = addresses;
        if (known == null) {
            known = AddressRanges.parse(ConfigProvider.getConfig().getOptionalValue(ADDRESSES, String.class).orElse(""), ADDRESSES);
            addresses = known;
        }
        return known;
    }

    private List<String> allowedRoles() {
        List<String> known = roles;
        if (known == null) {
            known = Arrays.stream(ConfigProvider.getConfig().getOptionalValue(ROLES, String.class).orElse("ADMINISTRATOR,AUDYTOR")
                    .split("[,\\s]+")).filter(r -> !r.isEmpty()).toList();
            roles = known;
        }
        return known;
    }
}
