package pl.metryka.domain.model.document;

import java.util.Locale;
import pl.metryka.domain.shared.FieldError;

/**
 * The document's status does not allow this step (e.g. amending a withdrawn document). The
 * message is named by a key of the messages bundle ({@link #of}): {@link #getMessage()} stays the
 * Polish text the API gives, {@link #message(Locale)} is what a page shows.
 */
public class DocumentStateException extends RuntimeException {

    private final transient FieldError reason;

    public DocumentStateException(String message) {
        this(new FieldError(null, message));
    }

    private DocumentStateException(FieldError reason) {
        super(reason.message());
        this.reason = reason;
    }

    public static DocumentStateException of(String key, Object... args) {
        return new DocumentStateException(FieldError.of(null, key, args));
    }

    /** The refusal as a message for the whole form. */
    public FieldError reason() {
        return reason;
    }

    public String message(Locale locale) {
        return reason.message(locale);
    }
}
