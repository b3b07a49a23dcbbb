package pl.metryka.deploycheck;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import pl.metryka.test.ApiClient;

/**
 * The HTTP half of {@code deploy/check-stopping.sh} (issue 14, items 14 and 15).
 * <ul>
 *   <li>{@code views BASE STATE N}: N views of one document's page, just before the script stops the
 *       instance; writes to STATE that document's visit count as the API gives it (stored + not yet
 *       flushed) and the ids of every public document;</li>
 *   <li>{@code verify BASE STATE}: after the restart, the visit count and the documents must be
 *       exactly those of STATE: no view and no document lost.</li>
 * </ul>
 */
public final class StopCheck {

    private StopCheck() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "views" -> views(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * The views come last, so that the script's signal follows them within a second: the visit
     * counter writes every 5 s, and views not yet written are what a stop can lose.
     */
    private static void views(String base, Path state, int n) throws Exception {
        ApiClient api = Api.at(base);
        JsonObject first = Api.expect(api.get("api/v1/documents?size=1"), 200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long id = first.getJsonNumber("id").longValue();
        List<String> documents = documentIds(api);
        long before = visits(api, id);
        for (int i = 0; i < n; i++) {
            RegisterAudit.require(Api.view(base, "/dokument/" + first.getString("slug")) == 200, "the document's page");
        }
        long after = visits(api, id);
        RegisterAudit.require(
                after == before + n, "the API counts " + after + " visits after " + n + " views from " + before);
        Properties p = new Properties();
        p.setProperty("id", Long.toString(id));
        p.setProperty("visits", Long.toString(after));
        p.setProperty("documents", String.join(",", documents));
        try (var out = Files.newBufferedWriter(state)) {
            p.store(out, "StopCheck views");
        }
        System.out.println("document " + id + ": " + before + " -> " + after + " visits (" + n
                + " views, counted, not all flushed yet); " + documents.size() + " public documents");
    }

    private static void verify(String base, Path state) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(state)) {
            p.load(in);
        }
        ApiClient api = Api.at(base);
        long id = Long.parseLong(p.getProperty("id"));
        long expected = Long.parseLong(p.getProperty("visits"));
        long visits = visits(api, id);
        List<String> documents = documentIds(api);
        RegisterAudit.require(
                String.join(",", documents).equals(p.getProperty("documents")),
                "documents after the restart: " + documents + ", before: " + p.getProperty("documents"));
        RegisterAudit.require(
                visits == expected,
                "document " + id + " has " + visits + " visits after the restart, " + expected
                        + " were counted before the stop: " + (expected - visits) + " view(s) lost");
        System.out.println("after the restart: document " + id + " has all " + visits + " visits; all "
                + documents.size() + " public documents are there");
    }

    private static long visits(ApiClient api, long id) {
        return Api.expect(api.get("api/v1/documents/" + id), 200)
                .json()
                .getJsonObject("metadata")
                .getJsonNumber("visits")
                .longValue();
    }

    private static List<String> documentIds(ApiClient api) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonArray items = Api.expect(api.get("api/v1/documents?size=100&page=" + page), 200)
                    .json()
                    .getJsonArray("items");
            if (items.isEmpty()) {
                return ids;
            }
            for (int i = 0; i < items.size(); i++) {
                ids.add(items.getJsonObject(i).getJsonNumber("id").toString());
            }
        }
    }
}
