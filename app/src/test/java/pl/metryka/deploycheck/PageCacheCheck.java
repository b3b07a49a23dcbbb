package pl.metryka.deploycheck;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/**
 * The page cache across two instances (issue 15): pages kept in B's memory show a change made
 * through A on B's very next request, and a redacted phrase is gone from B's kept pages at once.
 * Usage: {@code PageCacheCheck A B} (base addresses of the two instances).
 */
public final class PageCacheCheck {

    private PageCacheCheck() {}

    public static void main(String[] args) throws Exception {
        String a = args[0];
        String b = args[1];
        ApiClient editorA = Api.editor(a);
        long category = Api.someCategory(Api.at(a));
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String secret = "POUFNE" + token;
        String title = "Komunikat w pamięci " + token;
        JsonObject doc = Api.expect(
                        editorA.post(
                                "api/v1/documents",
                                Api.newDocument(category, title, "<p>Adres: " + secret + ".</p>", true, null)),
                        201)
                .json();
        long id = doc.getJsonNumber("id").longValue();
        String page = "/dokument/" + doc.getString("slug");
        for (String base : new String[] {a, b}) {
            warm(base, page);
            warm(base, "/");
            warm(base, page + "/wersja/1");
        }

        Api.expect(
                editorA.put(
                        "api/v1/documents/" + id,
                        Api.amendment(
                                title + " poprawiony",
                                "<p>Adres: " + secret + ".</p><p>Dopisek " + token + ".</p>",
                                "Dopisek",
                                1)),
                200);
        require(get(b, page).contains("Dopisek " + token), "B's kept document page does not show A's amendment");
        require(get(b, "/").contains(title + " poprawiony"), "B's kept home does not show A's amendment");
        require(
                get(b, page + "/wersja/1").contains("archival-banner"),
                "B's kept version 1 does not say it is archival");

        String other = "Nowy komunikat " + token;
        Api.expect(
                editorA.post("api/v1/documents", Api.newDocument(category, other, "<p>Treść.</p>", true, null)), 201);
        require(get(b, "/").contains(other), "B's kept home does not show A's publication");

        for (String base : new String[] {a, b}) {
            warm(base, page);
            warm(base, page + "/wersja/1");
            warm(base, page + "/wersja/2");
        }
        ApiClient.Reply redaction = editorA.post(
                "api/v1/documents/" + id + "/redactions",
                JsonBodies.textRedaction(secret, "Dane osobowe opublikowane przez pomyłkę", "art. 17 RODO")
                        .build()
                        .toString());
        require(redaction.status() < 300, "redaction through A: " + redaction);
        for (String path : new String[] {page, page + "/wersja/1", page + "/wersja/2"}) {
            require(!get(b, path).contains(secret), "the redacted phrase is still on B's " + path);
            require(!get(a, path).contains(secret), "the redacted phrase is still on A's " + path);
        }
        System.out.println(
                "page cache: A's amendment, publication and redaction shown by B's kept pages on the next request");
    }

    private static void warm(String base, String path) throws Exception {
        send(base, path);
        HttpResponse<String> second = send(base, path);
        require(
                "HIT".equals(second.headers().firstValue("X-Cache").orElse("")),
                base + path + " was not kept (" + second.statusCode() + ")");
    }

    private static String get(String base, String path) throws Exception {
        return send(base, path).body();
    }

    private static HttpResponse<String> send(String base, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
                .GET()
                .build();
        return ApiClient.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
