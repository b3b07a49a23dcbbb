package pl.metryka.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import pl.metryka.infrastructure.search.LuceneSearchStore;

/**
 * Which engine answers searches on this instance: its Lucene copy (with the register entry it has
 * caught up to) or, while that copy is being built, MariaDB FULLTEXT. Always UP: search works either way.
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

    @Inject
    private LuceneSearchStore search;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search").up();
        return search.syncedTo()
                .map(position -> response.withData("engine", "lucene")
                        .withData("documents", search.documents())
                        .withData("registerSeq", position.seq()))
                .orElseGet(() -> response.withData("engine", "mariadb-fulltext (lucene copy being built)"))
                .build();
    }
}
