package pl.metryka.verifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import pl.metryka.json.Json;

/** A running installation, read through its public API (/api/v1) only. */
final class HttpSource implements Source {

    private static final int PAGE = 1000;

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    HttpSource(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.api = URI.create(base.endsWith("/api/v1/") ? base : base + "api/v1/");
    }

    @Override
    public String describe() {
        return "installation " + api;
    }

    @Override
    public Map<String, Object> key() throws IOException {
        return json("register/key").orElseThrow(() -> new IOException("no public key at " + api + "register/key"));
    }

    @Override
    public Map<String, Object> head() throws IOException {
        return json("register/head")
                .orElseThrow(() -> new IOException("no signed tree head at " + api + "register/head"));
    }

    @Override
    public boolean wholeRegister() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachEntry(long size, Consumer<Map<String, Object>> consumer) throws IOException {
        long after = 0;
        while (after < size) {
            List<Object> items = (List<Object>) json("register?after=" + after + "&limit=" + PAGE)
                    .orElseThrow(() -> new IOException("register not readable"))
                    .get("items");
            if (items.isEmpty()) {
                return;
            }
            for (Object item : items) {
                Map<String, Object> entry = (Map<String, Object>) item;
                consumer.accept(entry);
                after = ((Number) entry.get("seq")).longValue();
            }
        }
    }

    @Override
    public boolean hasRevisions() {
        return true;
    }

    @Override
    public Optional<Map<String, Object>> revision(long documentId, long number) throws IOException {
        return json("documents/" + documentId + "/revisions/" + number);
    }

    @Override
    public Optional<byte[]> attachment(long documentId, long number, long position) throws IOException {
        return get("documents/" + documentId + "/revisions/" + number + "/attachments/" + position, "*/*");
    }

    @Override
    public Optional<Map<String, Object>> inclusion(long seq, long size) throws IOException {
        return json("register/proof/inclusion?seq=" + seq + "&size=" + size);
    }

    @Override
    public Optional<Map<String, Object>> consistency(long from, long to) throws IOException {
        return json("register/proof/consistency?from=" + from + "&to=" + to);
    }

    private Optional<Map<String, Object>> json(String path) throws IOException {
        return get(path, "application/json").map(body -> Json.object(new String(body, StandardCharsets.UTF_8)));
    }

    private Optional<byte[]> get(String path, String accept) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", accept)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
            }
            return Optional.of(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
