package pl.metryka.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;
import pl.metryka.domain.shared.Moment;

/**
 * Writes the audit log in a transaction of its own, so that a refused or failed attempt is
 * recorded even though the attempt itself is rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    private AuditEventRepository events;

    /**
     * A successful change (a draft, a planned publication, a staff account, an administrator's
     * change to the site), written in the change's own transaction so that the log holds it exactly
     * when the change committed: a change rolled back at its commit leaves no "success" behind.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(String actor, String action, String target, String detail, String remoteAddress) {
        events.add(
                new AuditEvent(Moment.now(), actor, action, AuditEvent.Outcome.SUCCESS, target, detail, remoteAddress));
    }

    public void record(
            String actor,
            String action,
            AuditEvent.Outcome outcome,
            String target,
            String detail,
            String remoteAddress) {
        AuditEvent event = new AuditEvent(Moment.now(), actor, action, outcome, target, detail, remoteAddress);
        events.add(event);
        if (outcome != AuditEvent.Outcome.SUCCESS) {
            // every part one line: a user name with a newline must not forge a log line
            LOG.warning(() -> "Audit: " + outcome + " " + action + " by " + event.actor() + " on "
                    + AuditEvent.oneLine(target) + " from " + AuditEvent.oneLine(remoteAddress)
                    + (detail == null ? "" : " (" + AuditEvent.oneLine(detail) + ")"));
        }
    }
}
