package pl.metryka.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.application.SchemaReady;

/** Once the schema is ready, indexes any public document still missing from the search index. */
@ApplicationScoped
public class SearchBackfillAtStartup {

    private static final Logger LOG = Logger.getLogger(SearchBackfillAtStartup.class.getName());

    @Inject
    private SearchBackfill backfill;

    void onSchemaReady(@Observes SchemaReady ready) {
        try {
            List<Number> ids = backfill.unindexed();
            for (Number id : ids) {
                backfill.index(id.longValue());
            }
            if (!ids.isEmpty()) {
                LOG.info(() -> "Search index: " + ids.size() + " documents indexed at startup");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Search index backfill failed; affected documents are not searchable until changed",
                    e);
        }
    }
}
