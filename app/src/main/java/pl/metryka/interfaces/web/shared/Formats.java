package pl.metryka.interfaces.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import pl.metryka.domain.shared.Moment;

/** Dates, times and sizes as a Polish (or English) reader expects them; ISO forms for {@code <time datetime>}. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private Language language;

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date) + suffix();
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(Moment.POLAND);
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(local) + suffix() + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    /**
     * „8 października 2015”: the day of a moment in Poland as the seed BIP page prints it under a
     * title, without the „r.” the metryka rows carry.
     */
    public String day(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(instant.atZone(Moment.POLAND));
    }

    /** The ISO day (2015-10-08) of a moment in Poland, for {@code <time datetime>}. */
    public String isoDay(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(Moment.POLAND).toLocalDate().toString();
    }

    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.atZone(Moment.POLAND).withNano(0));
    }

    /** „245 kB”, „1,2 MB”: a reader judges a download by its order of magnitude, not by tenths of a kilobyte. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * The kind of a file as readers name it („PDF”, „DOCX”), not its MIME type: from the type when
     * it is a common one, else from the name's ending.
     */
    public String kind(String mediaType, String fileName) {
        String known = mediaType == null ? null : KINDS.get(mediaType.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && dot < fileName.length() - 1
                ? fileName.substring(dot + 1).toUpperCase(Locale.ROOT)
                : language.text("doc.attachment.kind.other");
    }

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/xml", "XML"),
            Map.entry("application/zip", "ZIP"),
            Map.entry("image/jpeg", "JPG"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/gif", "GIF"),
            Map.entry("image/webp", "WEBP"));

    private Locale locale() {
        return language.getLocale();
    }

    private String suffix() {
        return language.isEnglish() ? "" : " r.";
    }
}
