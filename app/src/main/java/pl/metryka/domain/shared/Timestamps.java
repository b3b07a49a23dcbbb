package pl.metryka.domain.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way Metryka writes a moment in what it publishes - the JSON API, the CSV and bulk
 * exports, Atom feeds, the sitemap, JSON-LD and DCAT: RFC 3339 in UTC with exactly six fractional
 * digits ({@code 2026-03-01T09:15:00.000000Z}), the microseconds the database keeps and the form the
 * change register hashes, so a time copied from any output compares equal to the hashed one.
 */
public final class Timestamps {

    private static final DateTimeFormatter RFC_3339_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** Null for null. */
    public static String format(Instant at) {
        return at == null ? null : RFC_3339_MICROS.format(at);
    }
}
