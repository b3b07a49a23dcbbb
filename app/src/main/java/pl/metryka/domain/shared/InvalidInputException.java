package pl.metryka.domain.shared;

import java.util.List;

/** Input that breaks a rule of the domain; nothing has been changed. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** One field's refusal named by a key of the messages bundle (see {@link FieldError#of}). */
    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(List.of(FieldError.of(field, key, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
