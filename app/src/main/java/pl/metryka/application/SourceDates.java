package pl.metryka.application;

import static pl.metryka.domain.shared.Moment.POLAND;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import pl.metryka.domain.shared.FieldError;
import pl.metryka.domain.shared.Moment;

/**
 * Reads the dates of an imported BIP as its clerks wrote them: days as {@code RRRR-MM-DD}, moments
 * as Polish local time {@code RRRR-MM-DD GG:MM[:SS]} (a bare day means its midnight) or ISO 8601
 * with an offset. Strict: 2023-02-30 is refused, not rolled over to March.
 */
final class SourceDates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOCAL_MOMENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

    private SourceDates() {}

    static Optional<LocalDate> day(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip(), DAY));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "input.date.invalid", value.strip()));
            return Optional.empty();
        }
    }

    static Optional<Instant> moment(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return Optional.of(Moment.of(
                        LocalDate.parse(text, DAY).atStartOfDay(POLAND).toInstant()));
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(Moment.of(OffsetDateTime.parse(text).toInstant()));
            }
            return Optional.of(Moment.of(
                    LocalDateTime.parse(text, LOCAL_MOMENT).atZone(POLAND).toInstant()));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "input.moment.local.invalid", text));
            return Optional.empty();
        }
    }

    static String polish(Instant moment) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(moment.atZone(POLAND));
    }

    static LocalDate polishDay(Instant moment) {
        return moment.atZone(POLAND).toLocalDate();
    }
}
