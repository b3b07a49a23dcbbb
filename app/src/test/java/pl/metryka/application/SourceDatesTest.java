package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.FieldError;

class SourceDatesTest {

    @Test
    void momentsArePolishLocalTimeWithSummerTimeUnlessTheyCarryAnOffset() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(
                Optional.of(Instant.parse("2024-01-05T09:30:00Z")),
                SourceDates.moment("2024-01-05 10:30", "f", errors));
        assertEquals(
                Optional.of(Instant.parse("2024-04-02T06:30:15Z")),
                SourceDates.moment("2024-04-02T08:30:15", "f", errors));
        assertEquals(
                Optional.of(Instant.parse("2024-04-02T08:30:00Z")),
                SourceDates.moment("2024-04-02T10:30:00+02:00", "f", errors));
        assertEquals(Optional.of(Instant.parse("2024-04-01T22:00:00Z")), SourceDates.moment("2024-04-02", "f", errors));
        assertEquals(Optional.empty(), SourceDates.moment(" ", "f", errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void impossibleDatesAreRefusedByFieldNotRolledOver() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(Optional.empty(), SourceDates.moment("2024-02-30 10:00", "revisions[0].publishedAt", errors));
        assertEquals(Optional.empty(), SourceDates.day("2023-02-29", "revisions[1].createdOn", errors));
        assertEquals(Optional.empty(), SourceDates.day("12.03.2024", "revisions[2].createdOn", errors));
        assertEquals(
                List.of("revisions[0].publishedAt", "revisions[1].createdOn", "revisions[2].createdOn"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(
                "Niepoprawna data i godzina (oczekiwany format RRRR-MM-DD GG:MM): 2024-02-30 10:00",
                errors.get(0).message());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), SourceDates.day("2024-02-29", "f", errors));
    }

    @Test
    void momentsAreWrittenBackInPolishTime() {
        assertEquals("2024-04-02 08:30", SourceDates.polish(Instant.parse("2024-04-02T06:30:00Z")));
    }
}
