package pl.metryka.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import pl.metryka.domain.shared.InvalidInputException;

/** Parses dates from request bodies, naming the field when one is malformed. */
final class Dates {

    private Dates() {}

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "input.date.invalid", value);
        }
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "input.moment.invalid", value);
        }
    }
}
