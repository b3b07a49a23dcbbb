package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import pl.metryka.application.search.SearchIndex;
import pl.metryka.domain.model.document.Document;
import pl.metryka.domain.model.document.DocumentRepository;
import pl.metryka.domain.model.document.DocumentStatus;
import pl.metryka.domain.model.document.Revision;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.shared.Moment;

/**
 * Publishes one scheduled document whose time has come, at the real moment of publication. The
 * row lock and status check make it safe when several instances' timers fire together.
 */
@Stateless
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());

    @Inject
    private DocumentRepository documents;

    @Inject
    private ChangeRegister register;

    @Inject
    private PodmiotSettings podmiot;

    @Inject
    private SearchIndex searchIndex;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publishIfDue(long documentId) {
        Document document = documents.findForUpdate(documentId).orElseThrow();
        Instant now = Moment.now();
        if (document.status() != DocumentStatus.SCHEDULED
                || document.scheduledFor().isAfter(now)) {
            return;
        }
        Revision revision = document.publish(podmiot.name(), now);
        documents.store(document);
        searchIndex.update(document);
        register.record(Change.of(
                now,
                revision.metryka().editorName(),
                RegisterAction.PUBLISHED,
                document.id(),
                revision,
                "Publikacja zaplanowana"));
        LOG.info(() -> "Scheduled document " + documentId + " published");
    }
}
