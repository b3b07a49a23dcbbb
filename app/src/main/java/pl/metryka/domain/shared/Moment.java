package pl.metryka.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Server time at the precision the database keeps (microseconds), so hashes survive a round trip. */
public final class Moment {

    private Moment() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
