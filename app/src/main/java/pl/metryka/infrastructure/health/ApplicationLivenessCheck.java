package pl.metryka.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has head room; a database outage is a readiness matter, not a liveness one.
 * Status only (heap figures are in /metrics, for those allowed to read it).
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(share < MAX_HEAP_USE).build();
    }
}
