package pl.metryka.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.metryka.application.SchemaReady;

/**
 * Loads the demo bulletin once the schema is ready, but only where the launcher asked for it
 * ({@code metryka.demo-data=true}, set for the embedded default) and only into an empty database.
 */
@ApplicationScoped
public class DemoDataSeeding {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeding.class.getName());

    @Inject
    @ConfigProperty(name = "metryka.demo-data", defaultValue = "false")
    private boolean wanted;

    @Inject
    private DemoDataLoader loader;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!wanted) {
            return;
        }
        try {
            if (loader.isEmpty()) {
                loader.load();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }
}
