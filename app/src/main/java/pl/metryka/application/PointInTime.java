package pl.metryka.application;

import static pl.metryka.domain.shared.Moment.POLAND;

import java.time.Instant;
import java.time.LocalDate;

/** "Stan na dzień D" means everything made public before midnight ending D, Polish time. */
public final class PointInTime {

    private PointInTime() {}

    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(POLAND).toInstant();
    }
}
