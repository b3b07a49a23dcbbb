package pl.metryka.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import pl.metryka.test.ApiClient;
import pl.metryka.test.SuiteEnvironment;

/** Raw HTTP for the open-data tests, which look at headers and bytes as a re-user's client would. */
final class Http {

    private Http() {}

    /** A path on the server itself, outside the application's context root (/openapi, /metrics). */
    static URI server(URL base, String path) {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
    }

    /**
     * {@code path} on the suite's public address (METRYKA_BASE_URL, set in arquillian.xml from
     * {@link pl.metryka.test.SuiteEnvironment#BASE_URL}): what absolute links in answers are made of,
     * whatever host the test asked.
     */
    static URI published(String path) {
        return URI.create(System.getProperty(SuiteEnvironment.BASE_URL) + "/" + path);
    }

    static URI app(URL base, String path) {
        return ApiClient.anonymous(base).uri(path);
    }

    /** {@code headers} as name, value, name, value, ... */
    static HttpResponse<byte[]> send(String method, URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return ApiClient.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + uri, e);
        }
    }

    static HttpResponse<byte[]> get(URI uri, String... headers) {
        return send("GET", uri, headers);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
