package pl.metryka.application;

import java.time.Instant;
import pl.metryka.domain.model.document.MetrykaView;
import pl.metryka.domain.model.register.RegisterAction;

/**
 * One change citizens may follow (publication, amendment, withdrawal, archiving), as read from
 * the change register, with what a reader needs to link to it. {@code body} is the revision's
 * HTML, filled only for a publication. {@code metryka} is that of the revision the change made
 * public (publication, amendment, import), from the one definition; null for other changes.
 */
public record PublicChange(
        long seq,
        Instant at,
        String actor,
        RegisterAction action,
        long documentId,
        String slug,
        int revision,
        String title,
        String reason,
        String body,
        MetrykaView metryka) {}
