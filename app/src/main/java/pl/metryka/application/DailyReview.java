package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.metryka.domain.model.account.Role;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditEventRepository;
import pl.metryka.domain.model.audit.AuditReview;
import pl.metryka.domain.model.audit.AuditReviewRepository;
import pl.metryka.domain.shared.InvalidInputException;
import pl.metryka.domain.shared.Moment;

/**
 * The daily review of the audit log: an auditor marks a day reviewed with a comment; the dashboard
 * lists working days (Monday to Friday, Polish time) since the log began that nobody reviewed, and
 * every refused or failed attempt since the last review was made.
 */
@Stateless
@RolesAllowed(Role.Names.AUDYTOR)
public class DailyReview {

    /** How far back unreviewed days are listed. */
    static final int LOOK_BACK_DAYS = 366;

    static final int MAX_PROBLEMS = 500;
    static final int MAX_COMMENT = 4000;

    @Inject
    private AuditReviewRepository reviews;

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    public record Dashboard(
            Optional<AuditReview> lastReview,
            List<LocalDate> unreviewedDays,
            List<AuditEvent> problemsSinceLastReview,
            List<AuditReview> recentReviews) {}

    public AuditReview markReviewed(LocalDate day, String comment, String remoteAddress) {
        LocalDate today = LocalDate.now(Moment.POLAND);
        if (day == null) {
            throw InvalidInputException.of("day", "audit.review.day.required");
        }
        if (day.isAfter(today)) {
            throw InvalidInputException.of("day", "audit.review.day.future");
        }
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "audit.review.comment.required");
        }
        if (comment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "audit.review.comment.tooLong", String.valueOf(MAX_COMMENT));
        }
        if (reviews.find(day).isPresent()) {
            throw InvalidInputException.of("day", "audit.review.day.done", day.toString());
        }
        String reviewer = currentUser.nameOrAnonymous();
        AuditReview review = new AuditReview(day, Moment.now(), reviewer, comment.strip());
        reviews.add(review);
        trail.record(
                reviewer,
                "AUDIT_DAY_REVIEWED",
                AuditEvent.Outcome.SUCCESS,
                "day:" + day,
                comment.strip(),
                remoteAddress);
        return review;
    }

    public Dashboard dashboard() {
        Optional<AuditReview> last = reviews.latest();
        LocalDate today = LocalDate.now(Moment.POLAND);
        LocalDate earliest = today.minusDays(LOOK_BACK_DAYS);
        LocalDate first =
                events.first().map(at -> LocalDate.ofInstant(at, Moment.POLAND)).orElse(today);
        LocalDate from = first.isBefore(earliest) ? earliest : first;
        List<AuditReview> reviewed = reviews.since(from);
        Set<LocalDate> done = new HashSet<>();
        reviewed.forEach(r -> done.add(r.day()));
        List<LocalDate> unreviewed = new ArrayList<>();
        for (LocalDate day = today; !day.isBefore(from); day = day.minusDays(1)) {
            if (isWorkingDay(day) && !done.contains(day)) {
                unreviewed.add(day);
            }
        }
        Instant since = last.map(AuditReview::reviewedAt).orElse(null);
        List<AuditReview> recent = new ArrayList<>(reviewed);
        Collections.reverse(recent);
        return new Dashboard(
                last,
                unreviewed,
                events.problemsAfter(since, MAX_PROBLEMS),
                recent.stream().limit(30).toList());
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
