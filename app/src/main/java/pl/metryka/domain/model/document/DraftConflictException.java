package pl.metryka.domain.model.document;

import java.time.Instant;
import java.util.Locale;
import pl.metryka.domain.shared.Messages;

/** A draft was saved over a version of it that someone else had already changed. Nothing was changed. */
public class DraftConflictException extends RuntimeException {

    private static final String KEY = "conflict.draft";

    private final transient Instant currentSavedAt;

    public DraftConflictException(Instant currentSavedAt) {
        super(Messages.text(KEY, Messages.POLISH));
        this.currentSavedAt = currentSavedAt;
    }

    public Instant currentSavedAt() {
        return currentSavedAt;
    }

    /** The message in the reader's language; {@link #getMessage()} stays Polish, as the API gives it. */
    public String message(Locale locale) {
        return Messages.text(KEY, locale);
    }
}
