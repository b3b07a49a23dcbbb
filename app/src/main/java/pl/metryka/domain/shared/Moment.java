package pl.metryka.domain.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Server time at the precision the database keeps (microseconds), so hashes survive a round trip. */
public final class Moment {

    /**
     * The bulletin's time zone: dates a reader sees, days a clerk picks and the days of a search are
     * Polish ones. The one place it is named.
     */
    public static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    private Moment() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
