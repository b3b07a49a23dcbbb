package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.domain.shared.Moment.POLAND;
import static pl.metryka.it.Documents.publishedId;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.application.WorkingDays;
import pl.metryka.infrastructure.calendar.JollydayWorkingDays;
import pl.metryka.test.ApiClient;
import pl.metryka.test.DirectSql;

/** The audit log through /api/v1/audit, as the AUDYTOR role uses it: filters, paging, exports, daily review. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    @ArquillianResource
    private URL base;

    @Test
    void onlyAuditorsReadTheLog() {
        ApiClient api = ApiClient.anonymous(base);
        assertEquals(401, api.get("api/v1/audit/events").status());
        assertEquals(
                403, api.as("redaktor", "redaktor").get("api/v1/audit/events").status());
        assertEquals(
                403, api.as("naczelny", "naczelny").get("api/v1/audit/review").status());
        assertEquals(200, auditor().get("api/v1/audit/events").status());
    }

    @Test
    void eventsFilterByDocumentActionActorAndDateAndPage() {
        ApiClient api = ApiClient.anonymous(base);
        long id = publishedId(api, unique("Obwieszczenie"), "<p>Treść.</p>");
        JsonObject byDocument =
                auditor().get("api/v1/audit/events?document=" + id).json();
        assertEquals(2, byDocument.getInt("total"), byDocument.toString());
        assertEquals(List.of("REGISTER_PUBLISHED", "DOCUMENT_DRAFT_CREATED"), actions(byDocument), "newest first");
        assertEquals(
                1,
                auditor()
                        .get("api/v1/audit/events?document=" + id + "&action=REGISTER_PUBLISHED")
                        .json()
                        .getInt("total"));

        String stranger = "nieznany-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                401, api.as(stranger, "zle-haslo").get("api/v1/audit/events").status());
        JsonObject failed =
                auditor().get("api/v1/audit/events?actor=" + stranger).json();
        assertEquals(1, failed.getInt("total"), failed.toString());
        JsonObject event = failed.getJsonArray("items").getJsonObject(0);
        assertEquals("LOGIN", event.getString("action"));
        assertEquals("FAILURE", event.getString("outcome"));

        String today = LocalDate.now(POLAND).toString();
        String tomorrow = LocalDate.now(POLAND).plusDays(1).toString();
        assertEquals(
                1,
                auditor()
                        .get("api/v1/audit/events?actor=" + stranger + "&from=" + today + "&to=" + today)
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                auditor()
                        .get("api/v1/audit/events?actor=" + stranger + "&from=" + tomorrow)
                        .json()
                        .getInt("total"));
        assertEquals(
                400,
                auditor()
                        .get("api/v1/audit/events?from=" + tomorrow + "&to=" + today)
                        .status());

        JsonObject page = auditor()
                .get("api/v1/audit/events?document=" + id + "&size=1&page=1")
                .json();
        assertEquals(2, page.getInt("total"));
        assertEquals(List.of("DOCUMENT_DRAFT_CREATED"), actions(page));
    }

    @Test
    void exportsOfTheFilteredViewAreThemselvesAudited() throws Exception {
        long id = publishedId(ApiClient.anonymous(base), unique("Zawiadomienie"), "<p>Treść.</p>");
        long exportsBefore = DirectSql.count(
                "SELECT COUNT(*) FROM audit_event WHERE action LIKE 'AUDIT_EXPORT_%' AND actor = 'audytor'");

        HttpResponse<byte[]> csv = download("api/v1/audit/events.csv?document=" + id);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,czas,kto,czynnosc,wynik,dotyczy,szczegoly,adres\r\n"), text);
        assertEquals(3, text.split("\r\n").length, text);
        assertTrue(text.contains("REGISTER_PUBLISHED") && text.contains("document:" + id), text);

        HttpResponse<byte[]> pdf = download("api/v1/audit/events.pdf?document=" + id);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        assertEquals(
                exportsBefore + 2,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action LIKE 'AUDIT_EXPORT_%' AND actor = 'audytor'"));
        JsonObject exports = auditor()
                .get("api/v1/audit/events?action=AUDIT_EXPORT&actor=audytor&size=2")
                .json();
        assertEquals(List.of("AUDIT_EXPORT_PDF", "AUDIT_EXPORT_CSV"), actions(exports));
        assertTrue(exports.getJsonArray("items")
                .getJsonObject(0)
                .getString("detail")
                .contains("document=" + id));
    }

    @Test
    void aReviewedDayLeavesTheUnreviewedListAndLaterFailuresAreShown() {
        LocalDate day = workingDay(LocalDate.now(POLAND).minusDays(40));
        DirectSql.update(
                "INSERT INTO audit_event (at, actor, action, outcome) VALUES (?, 'system', 'TEST_OLD_EVENT', 'SUCCESS')",
                day.atTime(10, 0));
        JsonObject before = auditor().get("api/v1/audit/review").json();
        assertTrue(days(before).contains(day.toString()), before.toString());

        ApiClient.Reply missing = auditor().post("api/v1/audit/review", review(day, " "));
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("comment"), missing.body());

        String early = "przed-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.anonymous(base).as(early, "x").get("api/v1/audit/events");
        ApiClient.Reply marked = auditor().post("api/v1/audit/review", review(day, "Przejrzano, bez uwag."));
        assertEquals(201, marked.status(), marked.body());
        assertEquals("audytor", marked.json().getString("reviewer"));
        assertEquals(day.toString(), marked.json().getString("day"));
        assertEquals(
                1,
                DirectSql.count("SELECT COUNT(*) FROM audit_review WHERE day = ?", day),
                DirectSql.string("SELECT GROUP_CONCAT(day) FROM audit_review"));
        assertEquals(
                400,
                auditor().post("api/v1/audit/review", review(day, "Drugi raz")).status(),
                "a day is reviewed once");

        String late = "po-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.anonymous(base).as(late, "x").get("api/v1/audit/events");
        JsonObject after = auditor().get("api/v1/audit/review").json();
        assertFalse(days(after).contains(day.toString()), after.toString());
        assertEquals(day.toString(), after.getJsonObject("lastReview").getString("day"));
        String problems = after.getJsonArray("problemsSinceLastReview").toString();
        assertTrue(problems.contains(late), "a failure after the review is listed");
        assertFalse(problems.contains(early), "a failure before the review is not");
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_DAY_REVIEWED' AND target = ?",
                        "day:" + day));
    }

    @Test
    void aRangeIsMarkedDayByDayExactlyOnceWithOneComment() {
        // two weeks about four months back, away from the days the other tests mark
        LocalDate to = workingDay(LocalDate.now(POLAND).minusDays(120));
        LocalDate from = to.minusDays(13);
        DirectSql.update(
                "INSERT INTO audit_event (at, actor, action, outcome) VALUES (?, 'system', 'TEST_OLD_EVENT', 'SUCCESS')",
                from.atTime(10, 0));
        List<LocalDate> working =
                from.datesUntil(to.plusDays(1)).filter(CALENDAR::isWorkingDay).toList();
        assertTrue(working.size() >= 8, working.toString());
        JsonObject before = auditor().get("api/v1/audit/review").json();
        for (LocalDate d : working) {
            assertTrue(days(before).contains(d.toString()), d + " unreviewed before");
        }
        LocalDate alreadyDone = working.get(2);
        assertEquals(
                201,
                auditor()
                        .post("api/v1/audit/review", review(alreadyDone, "Wcześniej"))
                        .status());

        ApiClient.Reply backwards = auditor().post("api/v1/audit/review/range", range(to, from, "x"));
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals(
                "to", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(backwards.body().contains("Pole „Do dnia”"), backwards.body());
        ApiClient.Reply noComment = auditor().post("api/v1/audit/review/range", range(from, to, " "));
        assertEquals(400, noComment.status(), noComment.body());
        assertEquals(
                "comment",
                noComment.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        ApiClient.Reply marked =
                auditor().post("api/v1/audit/review/range", range(from, to, "Dwa tygodnie przejrzane, bez uwag."));
        assertEquals(201, marked.status(), marked.body());
        List<String> markedDays = marked.json().getJsonArray("reviews").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("day"))
                .toList();
        List<String> expected = working.stream()
                .filter(d -> !d.equals(alreadyDone))
                .map(LocalDate::toString)
                .toList();
        assertEquals(expected, markedDays, "the range's working days, without the one reviewed before");
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long rows = working.contains(d) ? 1 : 0;
            assertEquals(rows, DirectSql.count("SELECT COUNT(*) FROM audit_review WHERE day = ?", d), d.toString());
            assertEquals(
                    rows,
                    DirectSql.count(
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_DAY_REVIEWED' AND target = ?",
                            "day:" + d),
                    "audited exactly once: " + d);
        }
        assertEquals(
                expected.size(),
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_review WHERE day BETWEEN ? AND ? AND reviewer = 'audytor'"
                                + " AND comment = 'Dwa tygodnie przejrzane, bez uwag.'",
                        from,
                        to));
        assertEquals(
                1,
                DirectSql.count(
                        "SELECT COUNT(*) FROM audit_review WHERE day = ? AND comment = 'Wcześniej'", alreadyDone),
                "a day reviewed before keeps its own review");

        ApiClient.Reply again = auditor().post("api/v1/audit/review/range", range(from, to, "Drugi raz"));
        assertEquals(400, again.status(), again.body());
        assertEquals(
                "from", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject after = auditor().get("api/v1/audit/review").json();
        for (LocalDate d : working) {
            assertFalse(days(after).contains(d.toString()), d + " left the unreviewed list");
        }
        List<String> unreviewed = days(after);
        List<String> newestFirst =
                unreviewed.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, unreviewed, "newest first");
    }

    private static final WorkingDays CALENDAR = new JollydayWorkingDays();

    /** The working day on or before {@code day}: not a weekend nor a Polish public holiday. */
    static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (!CALENDAR.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String range(LocalDate from, LocalDate to, String comment) {
        return Json.createObjectBuilder()
                .add("from", from.toString())
                .add("to", to.toString())
                .add("comment", comment)
                .build()
                .toString();
    }

    private static List<String> days(JsonObject dashboard) {
        return dashboard.getJsonArray("unreviewedDays").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<String> actions(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("action"))
                .toList();
    }

    /** The body of POST /api/v1/audit/review: the auditor's note that {@code day} was reviewed. */
    private static String review(LocalDate day, String comment) {
        return Json.createObjectBuilder()
                .add("day", day.toString())
                .add("comment", comment)
                .build()
                .toString();
    }

    private ApiClient auditor() {
        return ApiClient.anonymous(base).as("audytor", "audytor");
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return ApiClient.http()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "audytor:audytor".getBytes(StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
