package pl.metryka.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.metryka.application.AuditLog;
import pl.metryka.application.DailyReview;
import pl.metryka.domain.model.audit.AuditEvent;
import pl.metryka.domain.model.audit.AuditQuery;
import pl.metryka.domain.model.audit.AuditReview;

/**
 * The audit log for the AUDYTOR role: {@code GET /audit/events} (filters actor, action, document,
 * from, to; paged), the same view as {@code /audit/events.csv} and {@code /audit/events.pdf}, and
 * the daily review: {@code GET /audit/review} (dashboard), {@code POST /audit/review} {day, comment}.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dziennik zdarzeń", description = "Dla roli AUDYTOR: dziennik zdarzeń, eksport i codzienny przegląd.")
@SecurityRequirement(name = RestApplication.BASIC_AUTH)
public class AuditResource {

    @Inject
    private AuditLog log;
    @Inject
    private DailyReview review;
    @Context
    private HttpServletRequest request;

    public record EventJson(long id, Instant at, String actor, String action, String outcome, String target, String detail,
                            String remoteAddress) {
        static EventJson of(AuditEvent e) {
            return new EventJson(e.id(), e.at(), e.actor(), e.action(), e.outcome().name(), e.target(), e.detail(), e.remoteAddress());
        }
    }

    public record EventPage(List<EventJson> items, long total, int page, int size) {
    }

    public record ReviewJson(LocalDate day, Instant reviewedAt, String reviewer, String comment) {
        static ReviewJson of(AuditReview r) {
            return new ReviewJson(r.day(), r.reviewedAt(), r.reviewer(), r.comment());
        }
    }

    public record DashboardJson(ReviewJson lastReview, List<LocalDate> unreviewedDays, List<EventJson> problemsSinceLastReview,
                                List<ReviewJson> recentReviews) {
    }

    public static class ReviewRequest {
        public String day;
        public String comment;
    }

    @GET
    @Path("events")
    @Operation(summary = "Dziennik zdarzeń (filtrowany, stronicowany)", description = "Filtry: actor, action, document, from, to; strony page/size.")
    @APIResponse(responseCode = "200", description = "Zdarzenia")
    @APIResponse(responseCode = "401", description = "Brak uwierzytelnienia")
    @APIResponse(responseCode = "403", description = "Brak roli AUDYTOR")
    public EventPage events(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("document") Long document, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        var result = log.search(query(actor, action, document, from, to), page, size);
        return new EventPage(result.items().stream().map(EventJson::of).toList(), result.total(), page, size);
    }

    @GET
    @Path("events.csv")
    @Operation(summary = "Dziennik zdarzeń jako CSV", description = "Te same filtry; eksport zostaje zapisany w dzienniku.")
    @APIResponse(responseCode = "200", description = "Zdarzenia")
    @APIResponse(responseCode = "401", description = "Brak uwierzytelnienia")
    @APIResponse(responseCode = "403", description = "Brak roli AUDYTOR")
    @Produces("text/csv")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("document") Long document, @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(log.exportCsv(query(actor, action, document, from, to), request.getRemoteAddr()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"dziennik-zdarzen.csv\"").build();
    }

    @GET
    @Path("events.pdf")
    @Operation(summary = "Dziennik zdarzeń jako PDF", description = "Te same filtry; eksport zostaje zapisany w dzienniku.")
    @APIResponse(responseCode = "200", description = "Zdarzenia")
    @APIResponse(responseCode = "401", description = "Brak uwierzytelnienia")
    @APIResponse(responseCode = "403", description = "Brak roli AUDYTOR")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("document") Long document, @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(log.exportPdf(query(actor, action, document, from, to), request.getRemoteAddr()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dziennik-zdarzen.pdf\"").build();
    }

    @GET
    @Path("review")
    @Operation(summary = "Stan codziennego przeglądu dziennika", description = "Ostatni przegląd, dni robocze bez przeglądu, odmowy i nieudane próby od ostatniego przeglądu.")
    @APIResponse(responseCode = "200", description = "Stan przeglądu")
    @APIResponse(responseCode = "403", description = "Brak roli AUDYTOR")
    public DashboardJson dashboard() {
        DailyReview.Dashboard d = review.dashboard();
        return new DashboardJson(d.lastReview().map(ReviewJson::of).orElse(null), d.unreviewedDays(),
                d.problemsSinceLastReview().stream().map(EventJson::of).toList(),
                d.recentReviews().stream().map(ReviewJson::of).toList());
    }

    @POST
    @Path("review")
    @Operation(summary = "Oznacz dzień jako przejrzany", description = "Treść: {\"day\":\"RRRR-MM-DD\",\"comment\":\"…\"}.")
    @APIResponse(responseCode = "200", description = "Zapisano przegląd")
    @APIResponse(responseCode = "400", description = "Niepoprawne pole", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Brak roli AUDYTOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markReviewed(ReviewRequest body) {
        ReviewRequest r = body == null ? new ReviewRequest() : body;
        AuditReview saved = review.markReviewed(Dates.date("day", r.day), r.comment, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(ReviewJson.of(saved)).build();
    }

    private static AuditQuery query(String actor, String action, Long document, String from, String to) {
        return new AuditQuery(actor, action, document, Dates.date("from", from), Dates.date("to", to));
    }
}
