package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.metryka.domain.shared.Moment;
import pl.metryka.test.ApiClient;
import pl.metryka.test.ApiClient.Reply;
import pl.metryka.test.DirectSql;
import pl.metryka.test.JsonBodies;

/** What the search tests share: documents of their own to find, and reading the results page's count. */
final class SearchDocuments {

    /** The results page's statement of how many documents were found. */
    static final Pattern COUNT = Pattern.compile("Liczba znalezionych dokumentów: (\\d+)");

    private static final Random RANDOM = new Random();

    private SearchDocuments() {}

    static int count(String page) {
        Matcher m = COUNT.matcher(page);
        assertTrue(m.find(), "the page states the number of results");
        return Integer.parseInt(m.group(1));
    }

    /** A made-up word that no other document contains, so each test sees only its own documents. */
    static String token() {
        StringBuilder word = new StringBuilder("qx");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Publishes a document without attachments in Aktualności and returns its slug. */
    static String publish(ApiClient api, String title, String body) {
        return publish(api, title, body, "aktualnosci", null);
    }

    /**
     * Publishes a document in the category {@code categorySlug}, with {@code attachment} if not
     * null, and returns its slug. Created yesterday in Poland, so that "today" filters include it.
     */
    static String publish(ApiClient api, String title, String body, String categorySlug, JsonObjectBuilder attachment) {
        long category = DirectSql.count("SELECT id FROM category WHERE slug = ?", categorySlug);
        JsonObjectBuilder document = JsonBodies.newDocument(category, title, body, true)
                .add("createdOn", LocalDate.now(Moment.POLAND).minusDays(1).toString());
        if (attachment != null) {
            document.add("attachments", Json.createArrayBuilder().add(attachment));
        }
        Reply reply = api.as("naczelny", "naczelny")
                .post("api/v1/documents", document.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("slug");
    }
}
