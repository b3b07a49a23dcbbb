package pl.metryka.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import pl.metryka.application.SchemaReady;

/**
 * Once the schema is ready, creates the first administrator if needed. When several instances
 * start together, one of them creates it and the others' inserts fail on the unique user name;
 * that failure is expected and must not disturb the rest of the start.
 */
@ApplicationScoped
public class FirstAdministratorAtStartup {

    private static final Logger LOG = Logger.getLogger(FirstAdministratorAtStartup.class.getName());

    @Inject
    private FirstAdministrator first;

    void onSchemaReady(@Observes SchemaReady ready) {
        try {
            first.createIfNoAccount();
        } catch (RuntimeException e) {
            LOG.info("First administrator not created here (another instance may have created it just now): " + e);
        }
    }
}
