package pl.metryka.domain.model.document;

import java.time.Instant;

/** A draft was saved over a version of it that someone else had already changed. Nothing was changed. */
public class DraftConflictException extends RuntimeException {

    private final transient Instant currentSavedAt;

    public DraftConflictException(Instant currentSavedAt) {
        super("Ktoś zapisał ten szkic w międzyczasie: Twoje zmiany nie zostały zapisane, ale nic nie przepadło — porównaj je z aktualną wersją.");
        this.currentSavedAt = currentSavedAt;
    }

    public Instant currentSavedAt() { return currentSavedAt; }
}
