package pl.metryka.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.shared.Moment;

/** Every 15 seconds, publishes the scheduled documents that are due. */
@Singleton
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @Inject
    private DocumentRepository documents;

    @Inject
    private ScheduledPublication publication;

    @Inject
    private SchemaState schema;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void publishDue() {
        if (!schema.isReady()) {
            return;
        }
        List<Long> due;
        try {
            due = documents.dueForPublication(Moment.now());
        } catch (RuntimeException e) {
            LOG.fine(() -> "Cannot look for scheduled documents now: " + e);
            return;
        }
        for (Long id : due) {
            try {
                publication.publishIfDue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled publication of document " + id + " failed; will retry", e);
            }
        }
    }
}
