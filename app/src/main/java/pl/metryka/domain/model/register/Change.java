package pl.metryka.domain.model.register;

import java.time.Instant;
import java.util.Objects;
import pl.metryka.domain.model.document.Revision;

/** What happened, as the register will record it; the register adds sequence number and hashes. */
public record Change(
        Instant at,
        String actor,
        RegisterAction action,
        Long documentId,
        Integer revision,
        String subject,
        String reason,
        String contentHash) {

    public Change {
        Objects.requireNonNull(at, "A change has a moment.");
        Objects.requireNonNull(actor, "A change has an actor.");
        Objects.requireNonNull(action, "A change has an action.");
    }

    /** A change to a document's revision: the entry names the revision and binds its content hash. */
    public static Change of(
            Instant at, String actor, RegisterAction action, long documentId, Revision revision, String reason) {
        return new Change(
                at, actor, action, documentId, revision.number(), revision.title(), reason, revision.contentHash());
    }

    /**
     * A change to the site's settings (the podmiot, the statutory pages, the accessibility
     * statement, the logo): public like a document's change, but the entry names no document.
     */
    public static Change ofSettings(Instant at, String actor, String subject, String reason, String contentHash) {
        return new Change(at, actor, RegisterAction.SETTINGS_CHANGED, null, null, subject, reason, contentHash);
    }
}
