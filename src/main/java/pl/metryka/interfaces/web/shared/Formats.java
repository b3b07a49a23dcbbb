package pl.metryka.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and sizes as a Polish (or English) reader expects them; ISO forms for {@code <time datetime>}. */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    @Inject
    private Language language;

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date) + suffix();
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ZONE);
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(local) + suffix() + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE).withNano(0));
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale(), "%.1f kB", bytes / 1024.0);
        }
        return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Locale locale() {
        return language.getLocale();
    }

    private String suffix() {
        return language.isEnglish() ? "" : " r.";
    }
}
