package pl.metryka.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.infrastructure.persistence.SchemaReady;

/** Once the schema is ready, makes sure the register's current size has a signed tree head. */
@ApplicationScoped
public class TreeHeadAtStartup {

    private static final Logger LOG = Logger.getLogger(TreeHeadAtStartup.class.getName());

    @Inject
    private ChangeRegister register;

    void onSchemaReady(@Observes SchemaReady ready) {
        try {
            register.signCurrentHead();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not sign the register's current tree head at start; the next change will", e);
        }
    }
}
