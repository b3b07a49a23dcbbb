package pl.metryka.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
 * The daily review of the audit log: an auditor marks a day, or a range of days, reviewed with a
 * comment; the dashboard lists, newest first, the working days (not weekends or Polish public
 * holidays, from {@link WorkingDays}) since the log began that nobody reviewed, and every refused
 * or failed attempt since the last review was made.
 */
@Stateless
@RolesAllowed(Role.Names.AUDYTOR)
public class DailyReview {

    /** How far back unreviewed days are listed. */
    static final int LOOK_BACK_DAYS = 366;

    static final int MAX_PROBLEMS = 500;
    static final int MAX_COMMENT = 4000;

    /** A range spans at most this many days after its first (a year and a day: the look-back). */
    static final int MAX_RANGE_DAYS = LOOK_BACK_DAYS;

    @Inject
    private AuditReviewRepository reviews;

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private WorkingDays workingDays;

    public record Dashboard(
            Optional<AuditReview> lastReview,
            List<LocalDate> unreviewedDays,
            List<AuditEvent> problemsSinceLastReview,
            List<AuditReview> recentReviews) {}

    /** One day, as before ranges: the same rules as a range of that one day. */
    public AuditReview markReviewed(LocalDate day, String comment, String remoteAddress) {
        if (day == null) {
            throw InvalidInputException.of("day", "audit.review.day.required");
        }
        if (day.isAfter(LocalDate.now(Moment.POLAND))) {
            throw InvalidInputException.of("day", "audit.review.day.future");
        }
        if (reviews.find(day).isPresent()) {
            throw InvalidInputException.of("day", "audit.review.day.done", day.toString());
        }
        List<AuditReview> marked = markRange(day, day, comment, remoteAddress);
        return marked.get(0);
    }

    /**
     * Marks the days {@code from}–{@code to} reviewed with one comment: every working day of the
     * range that nobody reviewed yet (days already reviewed keep their own review; a range of one
     * day marks that day even if it is a holiday, as an auditor may look at a weekend's log). Each
     * day gets its own row and its own audit event, written in this transaction with the rows, so
     * the log holds a review exactly when it exists; the day is the table's key, so a day is never
     * marked twice, even by two auditors at once (the second transaction fails as a whole).
     */
    public List<AuditReview> markRange(LocalDate from, LocalDate to, String comment, String remoteAddress) {
        LocalDate today = LocalDate.now(Moment.POLAND);
        String clean = checkComment(comment);
        List<LocalDate> candidates = rangeDays(from, to, today, workingDays);
        Set<LocalDate> done = new HashSet<>();
        reviews.between(candidates.get(0), candidates.get(candidates.size() - 1))
                .forEach(r -> done.add(r.day()));
        List<LocalDate> days =
                candidates.stream().filter(d -> !done.contains(d)).toList();
        if (days.isEmpty()) {
            if (from.equals(to)) {
                throw InvalidInputException.of("from", "audit.review.day.done", from.toString());
            }
            throw InvalidInputException.of("from", "audit.review.range.nothing", from.toString(), to.toString());
        }
        String reviewer = currentUser.nameOrAnonymous();
        Instant now = Moment.now();
        List<AuditReview> marked = new ArrayList<>();
        for (LocalDate day : days) {
            AuditReview review = new AuditReview(day, now, reviewer, clean);
            reviews.add(review);
            trail.recordChange(reviewer, "AUDIT_DAY_REVIEWED", "day:" + day, clean, remoteAddress);
            marked.add(review);
        }
        return marked;
    }

    private static String checkComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "audit.review.comment.required");
        }
        if (comment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "audit.review.comment.tooLong", String.valueOf(MAX_COMMENT));
        }
        return comment.strip();
    }

    /**
     * The days a range would mark before those already reviewed are left out, oldest first: the
     * range checked field by field (each refusal names its field), then its working days, or the
     * one day of a one-day range.
     */
    static List<LocalDate> rangeDays(LocalDate from, LocalDate to, LocalDate today, WorkingDays workingDays) {
        if (from == null) {
            throw InvalidInputException.of("from", "audit.review.from.required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "audit.review.to.required");
        }
        if (from.isAfter(today)) {
            throw InvalidInputException.of("from", "audit.review.from.future");
        }
        if (to.isAfter(today)) {
            throw InvalidInputException.of("to", "audit.review.to.future");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("to", "audit.review.range.order");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw InvalidInputException.of("to", "audit.review.range.tooLong", String.valueOf(MAX_RANGE_DAYS + 1));
        }
        if (from.equals(to)) {
            return List.of(from);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDays.isWorkingDay(day)) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            throw InvalidInputException.of("from", "audit.review.range.noWorkingDay", from.toString(), to.toString());
        }
        return days;
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
            if (workingDays.isWorkingDay(day) && !done.contains(day)) {
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
}
