package pl.metryka.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import pl.metryka.json.Json;

/** The server's import API over HTTP/1.1 with Basic authentication. */
final class MetrykaServer {

    record Reply(int status, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            Object value;
            try {
                value = Json.parse(body);
            } catch (IllegalArgumentException e) {
                // the shared reader's message is the verifier's (English); the import reports in Polish
                throw new IllegalArgumentException("Niepoprawny JSON w odpowiedzi serwera: " + e.getMessage(), e);
            }
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI api;
    private final String authorization;

    /** {@code url}: the application's root, e.g. {@code http://localhost:8080} or {@code https://bip.example.pl}. */
    MetrykaServer(String url, String user, String password) {
        String root = url.endsWith("/") ? url : url + "/";
        this.api = URI.create(root).resolve("api/v1/import");
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI address() {
        return api;
    }

    /** Who the server says would import; fatal when it cannot be reached or refuses the account. */
    String importer() throws FatalProblem {
        Reply reply;
        try {
            reply = send(HttpRequest.newBuilder(api).GET());
        } catch (IOException e) {
            throw new FatalProblem("Serwer Metryki jest nieosiągalny pod adresem " + api + ": " + describe(e));
        }
        return switch (reply.status()) {
            case 200 -> who(reply);
            case 401 -> throw new FatalProblem("Serwer odrzucił nazwę użytkownika lub hasło (401).");
            case 403 -> throw new FatalProblem("To konto nie ma roli ADMINISTRATOR, potrzebnej do importu (403).");
            case 404 ->
                throw new FatalProblem("Pod adresem " + api + " nie ma API importu Metryki (404). Sprawdź --url.");
            default ->
                throw new FatalProblem(
                        "Serwer odpowiedział " + reply.status() + " na sprawdzenie połączenia: " + reply.body());
        };
    }

    private String who(Reply reply) throws FatalProblem {
        try {
            Map<String, Object> importer = reply.json();
            if (importer.get("username") != null) {
                return importer.get("fullName") + " (" + importer.get("username") + ")";
            }
        } catch (IllegalArgumentException notJson) {
            // reported below
        }
        throw new FatalProblem(
                "Pod adresem " + api + " odpowiada coś, co nie jest API importu Metryki. Sprawdź --url.");
    }

    Reply importDocument(String json) throws IOException {
        return send(HttpRequest.newBuilder(api.resolve("import/documents"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private Reply send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofMinutes(5))
                            .header("Accept", "application/json")
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("przerwano", e);
        }
    }

    /** The first message down the causes (the JDK's client often wraps "Connection refused" without one). */
    static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
