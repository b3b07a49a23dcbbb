package pl.metryka.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Search works either way (its Lucene copy or, while that copy is being built, MariaDB FULLTEXT):
 * always UP. Which engine answers and how far the copy has caught up are in /metrics
 * ({@code metryka_search_*}), not in the health answer anyone can read.
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search").up().build();
    }
}
