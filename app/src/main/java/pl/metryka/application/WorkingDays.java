package pl.metryka.application;

import java.time.LocalDate;

/**
 * Which days are working days in Poland: not a Saturday, Sunday or statutory public holiday. A
 * port, because the holidays come from a maintained calendar library (infrastructure) rather than
 * from a list we would have to keep up to date by hand, as with Wigilia, a holiday since 2025.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);
}
