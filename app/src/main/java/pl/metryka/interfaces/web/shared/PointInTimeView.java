package pl.metryka.interfaces.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import pl.metryka.domain.shared.Moment;

/**
 * The "stan na dzień" a reader asked for with {@code ?stan=RRRR-MM-DD}: the bulletin as it stood
 * at the end of that day. Links on such a page keep the date, so the reader stays in the past
 * until they choose the present again.
 */
@Named("stan")
@RequestScoped
public class PointInTimeView {

    public static final String PARAMETER = "stan";
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    @Inject
    private HttpServletRequest request;

    @Inject
    private Formats fmt;

    private LocalDate date;

    @PostConstruct
    void read() {
        date = parse(request.getParameter(PARAMETER));
    }

    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.isBefore(EARLIEST) || !day.isBefore(LocalDate.now(Moment.POLAND)) ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean isActive() {
        return date != null;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getIso() {
        return date == null ? "" : date.toString();
    }

    public String getLabel() {
        return fmt.date(date);
    }

    /** {@code ?stan=…} to append to a link, or nothing. */
    public String getQuery() {
        return date == null ? "" : "?" + PARAMETER + "=" + date;
    }

    public String getToday() {
        return LocalDate.now(Moment.POLAND).minusDays(1).toString();
    }
}
