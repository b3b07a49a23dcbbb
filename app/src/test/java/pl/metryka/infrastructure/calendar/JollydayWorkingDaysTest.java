package pl.metryka.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Polish public holidays come from the maintained Jollyday calendar, not from a list of ours. */
class JollydayWorkingDaysTest {

    private final JollydayWorkingDays days = new JollydayWorkingDays();

    @Test
    void polishPublicHolidaysAreNotWorkingDays() {
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 11)), "Narodowe Święto Niepodległości");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 4, 6)), "Poniedziałek Wielkanocny 2026");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 6, 4)), "Boże Ciało 2026");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 1, 6)), "Trzech Króli");
    }

    /** Wigilia became a public holiday in 2025 (ustawa z 6 grudnia 2024); Jollyday 1.5.0 knows it. */
    @Test
    void christmasEveIsAHolidaySince2025Only() {
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 12, 24)), "Wigilia 2025 (a Wednesday)");
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 12, 24)), "Wigilia 2024 (a Tuesday) was a working day");
    }

    @Test
    void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 5)), "Saturday");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 6)), "Sunday");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 12, 3)), "Thursday");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 4, 7)), "the Tuesday after Easter");
    }
}
