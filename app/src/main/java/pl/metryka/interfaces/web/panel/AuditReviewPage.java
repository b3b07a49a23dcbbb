package pl.metryka.interfaces.web.panel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import pl.metryka.application.DailyReview;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/dziennik/przeglad.xhtml}: the daily review — unreviewed working days, refused and
 * failed attempts since the last review, and the form that marks a day reviewed with a comment.
 */
@Named("auditReview")
@RequestScoped
public class AuditReviewPage {

    private static final Map<String, String> FIELDS = Map.of("day", "dzien", "comment", "komentarz");

    @Inject
    private DailyReview review;

    @Inject
    private Language lang;

    private DailyReview.Dashboard dashboard;
    private String day;
    private String comment;

    @PostConstruct
    void load() {
        dashboard = review.dashboard();
        if (!dashboard.unreviewedDays().isEmpty()) {
            day = dashboard
                    .unreviewedDays()
                    .get(dashboard.unreviewedDays().size() - 1)
                    .toString();
        }
    }

    public String mark() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            LocalDate parsed;
            try {
                parsed = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("day", "audit.date.invalid", day);
            }
            review.markReviewed(parsed, comment, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "przeglad", FIELDS);
            return null;
        }
        // shown by the page itself (role=status), not as a global message
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("reviewedDay", day.strip());
        return "/panel/dziennik/przeglad.xhtml?faces-redirect=true";
    }

    /** The day just marked (after the redirect), or null. */
    public String getReviewed() {
        Object day = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get("reviewedDay");
        return day == null ? null : lang.text("audit.review.done").replace("{0}", day.toString());
    }

    public DailyReview.Dashboard getDashboard() {
        return dashboard;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
