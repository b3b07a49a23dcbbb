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

    public List<FieldError> errors() {
        return errors;
    }
}
