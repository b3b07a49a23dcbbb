package pl.metryka.domain.model.register;

import java.time.Instant;
import java.util.Objects;

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
}
