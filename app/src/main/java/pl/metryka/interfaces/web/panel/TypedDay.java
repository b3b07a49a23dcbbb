package pl.metryka.interfaces.web.panel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import pl.metryka.domain.shared.InvalidInputException;

/** A day typed into a back-office form as rrrr-mm-dd: a blank field is no day, anything else must be one. */
final class TypedDay {

    private TypedDay() {}

    /** Null when blank; otherwise the day, or the form's own refusal (its field, its message). */
    static LocalDate parse(String value, Supplier<InvalidInputException> refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw refusal.get();
        }
    }
}
