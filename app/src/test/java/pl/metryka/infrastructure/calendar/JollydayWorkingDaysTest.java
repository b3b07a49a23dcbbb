package pl.metryka.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Polish public holidays come from the maintained Jollyday calendar, not from a list of ours. */
class JollydayWorkingDaysTest {

    private final JollydayWorkingDays days = new JollydayWorkingDays();

    @ParameterizedTest(name = "{0} ({2}): working day {1}")
    @CsvSource({
        "2026-11-11, false, Narodowe Święto Niepodległości",
        "2026-04-06, false, Poniedziałek Wielkanocny 2026",
        "2026-06-04, false, Boże Ciało 2026",
        "2026-01-06, false, Trzech Króli",
        "2026-12-05, false, Saturday",
        "2026-12-06, false, Sunday",
        "2026-12-03, true, Thursday",
        "2026-04-07, true, the Tuesday after Easter"
    })
    void publicHolidaysAndWeekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre(LocalDate day, boolean working, String what) {
        assertEquals(working, days.isWorkingDay(day), what);
    }

    /** Wigilia became a public holiday in 2025 (ustawa z 6 grudnia 2024); Jollyday 1.5.0 knows it. */
    @Test
    void christmasEveIsAHolidaySince2025Only() {
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 12, 24)), "Wigilia 2025 (a Wednesday)");
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 12, 24)), "Wigilia 2024 (a Tuesday) was a working day");
    }
}
