package pl.metryka.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.infrastructure.calendar.JollydayWorkingDays;

/** Which days a range marks reviewed, and the refusals, each naming its field in Polish. */
class DailyReviewRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final WorkingDays calendar = new JollydayWorkingDays();

    @Test
    void aRangeMarksItsWorkingDaysOnlyLeavingOutWeekendsAndHolidays() {
        // 2026-11-09 (Mon) – 2026-11-16 (Mon): 11 November is Independence Day, 14–15 a weekend
        List<LocalDate> days =
                DailyReview.rangeDays(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), TODAY, calendar);
        assertEquals(
                List.of(
                        LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 11, 12),
                        LocalDate.of(2026, 11, 13),
                        LocalDate.of(2026, 11, 16)),
                days);
    }

    @Test
    void oneDayIsMarkedEvenOnAHoliday() {
        LocalDate holiday = LocalDate.of(2026, 11, 11);
        assertEquals(List.of(holiday), DailyReview.rangeDays(holiday, holiday, TODAY, calendar));
    }

    @Test
    void refusalsNameTheirField() {
        assertRefused("from", "Pole „Od dnia”", null, TODAY);
        assertRefused("to", "Pole „Do dnia”", TODAY, null);
        assertRefused("to", "nie może być wcześniejszy", TODAY, TODAY.minusDays(1));
        assertRefused("from", "jeszcze nie nastąpił", TODAY.plusDays(1), TODAY.plusDays(2));
        assertRefused("to", "jeszcze nie nastąpił", TODAY, TODAY.plusDays(1));
        assertRefused("to", "najwyżej 367 dni", TODAY.minusDays(400), TODAY);
        // a Saturday and Sunday only
        assertRefused("from", "nie ma dnia roboczego", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29));
    }

    private void assertRefused(String field, String words, LocalDate from, LocalDate to) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> DailyReview.rangeDays(from, to, TODAY, calendar));
        assertEquals(field, e.errors().get(0).field());
        String text = e.errors().get(0).message(java.util.Locale.forLanguageTag("pl"));
        assertTrue(text.contains(words), text);
    }
}
