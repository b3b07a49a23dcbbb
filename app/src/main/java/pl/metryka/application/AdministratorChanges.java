package pl.metryka.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import pl.metryka.domain.model.document.Editor;
import pl.metryka.domain.model.register.Change;
import pl.metryka.domain.model.register.RegisterAction;
import pl.metryka.domain.shared.Moment;

/**
 * How an administrator's change to the site (the podmiot, the statutory pages, the accessibility
 * statement, the logo, the menu) is recorded: in the public change register under their full
 * name, in the audit log under their username. The administration services share this one home so
 * that every such change names its author the same way in both.
 */
@ApplicationScoped
public class AdministratorChanges {

    @Inject
    private ChangeRegister register;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The administrator making the change. */
    public Editor editor() {
        return currentUser.editor();
    }

    /**
     * A {@code SETTINGS_CHANGED} entry, in the change's transaction. {@code at}: when the change
     * was stored, so that the stored settings and their register entry carry the same moment.
     */
    public void register(Instant at, String subject, String reason, String contentHash) {
        register.record(Change.ofSettings(at, editor().fullName(), subject, reason, contentHash));
    }

    /** An entry of {@code action} that names no document or revision, now, in the change's transaction. */
    public void register(RegisterAction action, String subject, String reason) {
        register.record(new Change(Moment.now(), editor().fullName(), action, null, null, subject, reason, null));
    }

    /**
     * A successful change in the audit log under the administrator's username, in the change's own
     * transaction ({@link AuditTrail#recordChange}): the log holds it exactly when the change
     * committed. (The podmiot, editors, statutory page and menu forms used to log in a transaction
     * of their own, which kept a "success" for a change rolled back at its commit.)
     */
    public void record(String action, String target, String detail, String remoteAddress) {
        audit.recordChange(editor().username(), action, target, detail, remoteAddress);
    }
}
