package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.application.AuditLog;
import pl.metryka.application.DailyReview;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditReview;

/**
 * The audit log for the AUDYTOR role: {@code GET /audit/events} (filters actor, action, document,
 * from, to; paged), the same view as {@code /audit/events.csv} and {@code /audit/events.pdf}, and
 * the daily review: {@code GET /audit/review} (dashboard), {@code POST /audit/review} {day, comment}
 * and {@code POST /audit/review/range} {from, to, comment}.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditLog log;

    @Inject
    private DailyReview review;

    @Context
    private HttpServletRequest request;

    public record EventJson(
            long id,
            Instant at,
            String actor,
            String action,
            String outcome,
            String target,
            String detail,
            String remoteAddress) {
        static EventJson of(AuditEvent e) {
            return new EventJson(
                    e.id(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.outcome().name(),
                    e.target(),
                    e.detail(),
                    e.remoteAddress());
        }
    }

    public record EventPage(List<EventJson> items, long total, int page, int size) {}

    public record ReviewJson(LocalDate day, Instant reviewedAt, String reviewer, String comment) {
        static ReviewJson of(AuditReview r) {
            return new ReviewJson(r.day(), r.reviewedAt(), r.reviewer(), r.comment());
        }
    }

    public record DashboardJson(
            ReviewJson lastReview,
            List<LocalDate> unreviewedDays,
            List<EventJson> problemsSinceLastReview,
            List<ReviewJson> recentReviews) {}

    public static class ReviewRequest {
        public String day;
        public String comment;
    }

    public static class RangeReviewRequest {
        public String from;
        public String to;
        public String comment;
    }

    /** The days a range marked, oldest first (days reviewed before are not among them). */
    public record RangeReviewJson(List<ReviewJson> reviews) {}

    @GET
    @Path("events")
    public EventPage events(
            @BeanParam AuditFilter filter,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        var result = log.search(filter.query(), page, size);
        return new EventPage(result.items().stream().map(EventJson::of).toList(), result.total(), page, size);
    }

    @GET
    @Path("events.csv")
    @Produces("text/csv")
    public Response csv(@BeanParam AuditFilter filter) {
        return download(log.exportCsv(filter.query(), request.getRemoteAddr()), "text/csv; charset=UTF-8", "csv");
    }

    @GET
    @Path("events.pdf")
    @Produces("application/pdf")
    public Response pdf(@BeanParam AuditFilter filter) {
        return download(log.exportPdf(filter.query(), request.getRemoteAddr()), "application/pdf", "pdf");
    }

    private static Response download(Object export, String mediaType, String extension) {
        return Response.ok(export, mediaType)
                .header("Content-Disposition", "attachment; filename=\"dziennik-zdarzen." + extension + "\"")
                .build();
    }

    @GET
    @Path("review")
    public DashboardJson dashboard() {
        DailyReview.Dashboard d = review.dashboard();
        return new DashboardJson(
                d.lastReview().map(ReviewJson::of).orElse(null),
                d.unreviewedDays(),
                d.problemsSinceLastReview().stream().map(EventJson::of).toList(),
                d.recentReviews().stream().map(ReviewJson::of).toList());
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markReviewed(ReviewRequest body) {
        ReviewRequest r = body == null ? new ReviewRequest() : body;
        AuditReview saved = review.markReviewed(Dates.date("day", r.day), r.comment, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(ReviewJson.of(saved))
                .build();
    }

    @POST
    @Path("review/range")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markRangeReviewed(RangeReviewRequest body) {
        RangeReviewRequest r = body == null ? new RangeReviewRequest() : body;
        List<AuditReview> saved = review.markRange(
                Dates.date("from", r.from), Dates.date("to", r.to), r.comment, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new RangeReviewJson(saved.stream().map(ReviewJson::of).toList()))
                .build();
    }
}
