package pl.metryka.test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for /api/v1, as an integration or a citizen would use it. */
public final class ApiClient {

    /**
     * HTTP/1.1: the JDK client's default HTTP/2 upgrade on plain http:// sometimes failed against Payara.
     * Redirects are never followed (the JDK's default, said here because tests check them).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The tests' shared HTTP client; it never follows redirects. */
    public static HttpClient http() {
        return HTTP;
    }

    private final URI root;
    private final String authorization;

    private ApiClient(URI root, String authorization) {
        this.root = root;
        this.authorization = authorization;
    }

    /** {@code base} is the deployment URL Arquillian injects. */
    public static ApiClient anonymous(URL base) {
        String url = base.toString();
        return new ApiClient(URI.create(url.endsWith("/") ? url : url + "/"), null);
    }

    public ApiClient as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(root, "Basic " + token);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** The newest public document, as the first item of the API's document list gives it. */
    public JsonObject firstDocument() {
        return get("api/v1/documents?size=1").json().getJsonArray("items").getJsonObject(0);
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET answered in bytes (a ZIP, a PDF), asking for no particular media type. */
    public HttpResponse<byte[]> download(String path) {
        return plainGet(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET of a page, as text with its status and headers; a redirect comes back as it is, not followed. */
    public HttpResponse<String> page(String path) {
        return plainGet(path, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> plainGet(String path, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            return HTTP.send(builder.GET().build(), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Status and body of one answer; {@link #json()} parses the body. */
    public record Reply(int status, String body) {

        public JsonObject json() {
            return structure().asJsonObject();
        }

        public JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
