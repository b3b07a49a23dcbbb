package pl.metryka.domain.model.site;

import java.time.Instant;
import java.util.Optional;

public interface StatutoryPageRepository {

    Optional<StatutoryPage> find(String slug);

    void store(StatutoryPage page);

    /** When the first document of the bulletin was published, if any was. */
    Optional<Instant> firstPublication();

    /** When the statutory pages came into this installation (the migration that created them). */
    Optional<Instant> introduced();
}
