package pl.metryka.domain.model.document;

import java.util.Locale;
import pl.metryka.domain.shared.FieldError;

/** An amendment was based on a revision that is no longer the current one. Nothing was changed. */
public class RevisionConflictException extends RuntimeException {

    private final int baseRevision;
    private final int currentRevision;

    public RevisionConflictException(int baseRevision, int currentRevision) {
        super(reasonFor(baseRevision, currentRevision).message());
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    /** The message in the reader's language; {@link #getMessage()} stays Polish, as the API gives it. */
    public String message(Locale locale) {
        return reason().message(locale);
    }

    /** The refusal as the API names it: the field {@code baseRevision}, the Polish text. */
    public FieldError reason() {
        return reasonFor(baseRevision, currentRevision);
    }

    private static FieldError reasonFor(int baseRevision, int currentRevision) {
        return FieldError.of(
                "baseRevision", "conflict.revision", String.valueOf(baseRevision), String.valueOf(currentRevision));
    }
}
