package pl.metryka.infrastructure.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * /metrics (the application runs at the server's root), for operators only: {@link MetricsAccess}
 * decides who. Payara's own endpoint, open to everyone, is not registered (the launcher's and the
 * tests' pre-boot commands), so this one writes the registries itself.
 */
@WebServlet("/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MetricRegistry application;

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    private transient MetricRegistry base;

    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    private transient MetricRegistry vendor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
}
