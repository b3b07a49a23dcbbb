package pl.metryka.infrastructure.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import pl.metryka.application.WorkingDays;

/**
 * Polish working days from Jollyday (de.focus-shift), whose holiday files follow the statutes
 * (ustawa o dniach wolnych od pracy), including Wigilia (24 December) added in 2025; updating the
 * library updates the calendar. Regional holidays do not apply in Poland, so the national
 * calendar is all there is.
 */
@ApplicationScoped
public class JollydayWorkingDays implements WorkingDays {

    // loaded on first use: the holiday file is parsed once and the manager caches years
    private volatile HolidayManager manager;

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !manager().isHoliday(day);
    }

    private HolidayManager manager() {
        HolidayManager m = manager;
        if (m == null) {
            m = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.POLAND));
            manager = m;
        }
        return m;
    }
}
