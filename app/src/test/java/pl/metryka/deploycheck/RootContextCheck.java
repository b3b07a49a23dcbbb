package pl.metryka.deploycheck;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What only the runnable jar shows, where the WAR is at {@code /} as in production (the suite deploys
 * it at {@code /metryka}): Payara serves {@code /openapi} from the root web context, so the contract's
 * media types ({@code application/yaml}, {@code application/vnd.oai.openapi}) and the RFC 9457 answer
 * for a malformed id are checked here, against the real server. Usage: {@code RootContextCheck BASE}.
 */
public final class RootContextCheck {

    private RootContextCheck() {}

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        expect(base, "/openapi", "application/yaml", 200, "application/yaml", "openapi: 3.");
        expect(base, "/openapi", "application/vnd.oai.openapi", 200, "application/vnd.oai.openapi", "openapi: 3.");
        expect(base, "/openapi", "application/json", 200, "application/json", "\"openapi\"");
        expect(base, "/api/v1/documents/abc", "application/json", 404, "application/problem+json", "\"status\":404");
        System.out.println(
                "served at /: /openapi as application/yaml, vnd.oai.openapi and JSON; a malformed id is a 404 problem+json");
    }

    private static void expect(String base, String path, String accept, int status, String type, String body)
            throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept", accept)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        boolean asExpected = answer.statusCode() == status
                && contentType.startsWith(type)
                && answer.body().replace(" ", "").contains(body.replace(" ", ""));
        RegisterAudit.require(
                asExpected,
                "GET " + path + " (Accept: " + accept + ") answered " + answer.statusCode() + " " + contentType
                        + ", expected " + status + " " + type + " containing " + body);
    }
}
