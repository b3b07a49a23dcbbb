package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.metryka.it.Documents.published;
import static pl.metryka.it.Documents.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.metryka.test.ApiClient;

/**
 * Issue 14, items 6 and 9: no cell of the register CSVs starts with a character a spreadsheet
 * runs as a formula (titles and reasons that do are guarded with one apostrophe, which the plain
 * file's readers can take off again), and a page number whose offset overflows an int is a 400
 * problem naming {@code page} on the API and the last page on the citizens' pages, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsvAndPagingIT {

    private static final String FORMULA_START = "=+-@\t\r";

    @ArquillianResource
    private URL base;

    @Test
    void registerCsvCellsNeverStartAFormula() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject doc = published(api, unique("Ogłoszenie do wycofania"), "<p>Treść.</p>");
        String reason = "=1+1 " + unique("powód");
        ApiClient.Reply withdrawn = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents/" + doc.getInt("id") + "/withdrawal",
                        Json.createObjectBuilder()
                                .add("reason", reason)
                                .add("legalBasis", "art. 255 pkt 1 Pzp")
                                .build()
                                .toString());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        // published after the withdrawal, so the newest document that other suites read stays public
        List<String> titles = new ArrayList<>();
        // not evil.example: PublicAddressIT checks that no answer names that host, and this title is public
        for (String start : List.of("=HYPERLINK(\"http://formula.invalid\",\"x\")", "+1", "-2", "@SUM(A1)")) {
            String title = unique(start);
            titles.add(title);
            published(api, title, "<p>Treść.</p>");
        }

        List<CSVRecord> plain = records(Http.text(Http.get(Http.app(base, "api/v1/register.csv"))), CSVFormat.RFC4180);
        String spreadsheet = Http.text(Http.get(Http.app(base, "api/v1/register-excel.csv")));
        assertTrue(spreadsheet.startsWith("\uFEFF"), "byte order mark");
        List<CSVRecord> excel = records(
                spreadsheet.substring(1),
                CSVFormat.EXCEL.builder().setDelimiter(';').get());
        List<String> formulas = new ArrayList<>();
        for (List<CSVRecord> file : List.of(plain, excel)) {
            for (CSVRecord row : file) {
                for (String cell : row) {
                    if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0) {
                        formulas.add(cell);
                    }
                }
            }
        }
        assertEquals(List.of(), formulas, "cells a spreadsheet would run as formulas");
        // the guard is one apostrophe before the cell, so the plain file still gives back the hashed values
        for (String title : titles) {
            assertTrue(plain.stream().anyMatch(r -> r.get(6).equals("'" + title)), title);
        }
        assertTrue(plain.stream().anyMatch(r -> r.get(7).startsWith("'" + reason)), reason);
    }

    @Test
    void anOverflowingPageOfTheApiIsAProblemNamingPage() {
        ApiClient api = ApiClient.anonymous(base);
        Map<String, ApiClient.Reply> replies = new LinkedHashMap<>();
        replies.put("documents", api.get("api/v1/documents?page=21474837&size=100"));
        replies.put("audit events", api.as("audytor", "audytor").get("api/v1/audit/events?page=21474837&size=100"));
        replies.put(
                "audit events, default size", api.as("audytor", "audytor").get("api/v1/audit/events?page=2147483647"));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        replies.forEach((name, reply) -> statuses.put(name, reply.status()));
        assertEquals(Map.of("documents", 400, "audit events", 400, "audit events, default size", 400), statuses);
        replies.values().forEach(CsvAndPagingIT::pageProblem);
    }

    @Test
    void anOverflowingPageOfTheSiteShowsTheLastPage() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<String> askedPageShown = new ArrayList<>();
        for (String path : List.of(
                "kategoria/aktualnosci?strona=2147483647",
                "rejestr-zmian?strona=2147483647",
                "wycofane?strona=2147483647",
                "archiwum?strona=2147483647",
                "rejestr-zmian?strona=99999999999")) {
            HttpResponse<byte[]> page = Http.get(Http.app(base, path), "Accept", "text/html");
            statuses.put(path, page.statusCode());
            expected.put(path, 200);
            if (Http.text(page).contains("2147483647")) {
                askedPageShown.add(path);
            }
        }
        assertEquals(expected, statuses);
        assertEquals(List.of(), askedPageShown, "pages that show the number asked for, not the last page");
    }

    private static void pageProblem(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
        assertEquals("page", problem.getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private static List<CSVRecord> records(String csv, CSVFormat format) {
        try {
            return format.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
