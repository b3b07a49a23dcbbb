package pl.metryka.interfaces.web.panel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.metryka.application.DailyReview;
import pl.metryka.domain.model.audit.AuditReview;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.interfaces.web.shared.FieldMessages;
import pl.metryka.interfaces.web.shared.Language;

/**
 * {@code /panel/dziennik/przeglad.xhtml}: the daily review — unreviewed working days, refused and
 * failed attempts since the last review, and the form that marks a range of days (od–do; one day
 * when both are the same) reviewed with one comment.
 */
@Named("auditReview")
@RequestScoped
public class AuditReviewPage {

    private static final Map<String, String> FIELDS =
            Map.of("from", "od", "to", "do", "day", "od", "comment", "komentarz");

    @Inject
    private DailyReview review;

    @Inject
    private Language lang;

    private DailyReview.Dashboard dashboard;
    private String from;
    private String to;
    private String comment;

    @PostConstruct
    void load() {
        dashboard = review.dashboard();
        // the newest unreviewed day: yesterday's log is what an auditor reviews each morning
        if (!dashboard.unreviewedDays().isEmpty()) {
            from = dashboard.unreviewedDays().get(0).toString();
            to = from;
        }
    }

    public String mark() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        List<AuditReview> marked;
        try {
            marked = review.markRange(date("from", from), date("to", to), comment, request.getRemoteAddr());
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "przeglad", FIELDS);
            return null;
        }
        // shown by the page itself (role=status), not as a global message
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("reviewedDays", describe(marked));
        return "/panel/dziennik/przeglad.xhtml?faces-redirect=true";
    }

    /** "2026-12-02" for one day, "3 dni: 2026-11-30 – 2026-12-02" for several. */
    static String describe(List<AuditReview> marked) {
        String first = marked.get(0).day().toString();
        if (marked.size() == 1) {
            return first;
        }
        return marked.size() + ": " + first + " – "
                + marked.get(marked.size() - 1).day();
    }

    private static LocalDate date(String field, String value) {
        return TypedDay.parse(
                value,
                () -> "from".equals(field)
                        ? InvalidInputException.of("from", "audit.review.from.invalid", value.strip())
                        : InvalidInputException.of("to", "audit.review.to.invalid", value.strip()));
    }

    /** The day just marked (after the redirect), or null. */
    public String getReviewed() {
        Object day = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get("reviewedDays");
        return day == null ? null : lang.text("audit.review.done").replace("{0}", day.toString());
    }

    public DailyReview.Dashboard getDashboard() {
        return dashboard;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
