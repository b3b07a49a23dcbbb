package pl.metryka.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.metryka.application.SchemaState;

/**
 * The schema state as {@link DatabaseMigration} knows it. A bean of its own: the migration is an EJB
 * with a no-interface view, which implementing the port itself would take away.
 */
@ApplicationScoped
public class MigrationSchemaState implements SchemaState {

    @Inject
    private DatabaseMigration migration;

    @Override
    public boolean isReady() {
        return migration.isMigrated();
    }
}
