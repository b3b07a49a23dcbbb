package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;
import pl.metryka.test.ApiClient;
import pl.metryka.test.JsonBodies;

/**
 * Every GET that /openapi describes is called with real data — ids, revisions, attachments and
 * slugs found through the API itself — and each answer (status, content type, headers, body) is
 * validated against the description by swagger-request-validator, together with the request; an
 * id that is no number and a missing login are validated as described errors too. A field the
 * API adds or drops, a status or a media type the description does not name, fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    /** Who reads the operations that need a login: the least role that may. */
    private static final Map<String, String> ACCOUNT_FOR =
            Map.of("/api/v1/audit/", "audytor", "/api/v1/admin/", "admin", "/api/v1/import", "admin");

    @ArquillianResource
    private URL base;

    private OpenApiInteractionValidator validator;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> answered = new TreeSet<>();

    @Test
    void everyDocumentedGetAnswersAsDescribed() throws Exception {
        String yaml = Http.text(Http.get(Http.server(base, "/openapi"), "Accept", "application/json"));
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .build())
                .build();
        Map<String, Object> document = new Yaml().load(yaml);
        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        Set<String> gets = new TreeSet<>();
        Map<String, Boolean> secured = new LinkedHashMap<>();
        paths.forEach((path, item) -> {
            Map<?, ?> get = (Map<?, ?>) ((Map<?, ?>) item).get("get");
            if (get != null) {
                gets.add(path.toString());
                secured.put(
                        path.toString(),
                        !((List<?>) get.get("security")).stream().anyMatch(r -> ((Map<?, ?>) r).isEmpty())
                                && !((List<?>) get.get("security")).isEmpty());
            }
        });
        Samples samples = samples();
        for (String path : gets) {
            List<String> urls = samples.expand(path);
            assertTrue(!urls.isEmpty(), "no sample for " + path);
            for (String url : urls) {
                call(path, url, secured.get(path) ? account(path) : null, 200, null);
            }
            if (path.contains("{id}")) {
                call(path, path.replace("{id}", "abc").replace("{n}", "1").replace("{position}", "0"), null, 404, null);
                call(
                        path,
                        path.replace("{id}", "999999999").replace("{n}", "1").replace("{position}", "0"),
                        null,
                        404,
                        null);
            }
            if (secured.get(path)) {
                call(path, urls.get(0), null, 401, null);
            }
        }
        for (String type : List.of("application/ld+json", "application/json", "text/turtle", "application/rdf+xml")) {
            call("/api/v1/dcat", "/api/v1/dcat", null, 200, type);
        }
        assertEquals(List.of(), failures, failures.size() + " answers do not match the description");
        assertEquals(gets, answered, "every documented GET answered 200 at least once");
    }

    /** Real ids, revisions, attachment positions and slugs, found through the API. */
    private Samples samples() {
        ApiClient api = ApiClient.anonymous(base);
        JsonObject withFile = withAttachment(api);
        JsonArray documents = api.get("api/v1/documents?size=100").json().getJsonArray("items");
        Samples samples = new Samples();
        for (JsonValue d : documents) {
            long id = d.asJsonObject().getJsonNumber("id").longValue();
            samples.documents.add(id);
            for (JsonValue r : Json.createReader(new StringReader(
                            api.get("api/v1/documents/" + id + "/revisions").body()))
                    .readArray()) {
                int n = r.asJsonObject().getInt("number");
                samples.revisions.add(id + "/revisions/" + n);
                JsonArray files = api.get("api/v1/documents/" + id + "/revisions/" + n)
                        .json()
                        .getJsonArray("attachments");
                for (JsonValue f : files) {
                    samples.attachments.add(id + "/revisions/" + n + "/attachments/"
                            + f.asJsonObject().getInt("position"));
                }
            }
        }
        assertTrue(samples.documents.contains(withFile.getJsonNumber("id").longValue()), "the new document is listed");
        assertTrue(!samples.attachments.isEmpty(), "an attachment to fetch");
        collectSlugs(
                Json.createReader(new StringReader(api.get("api/v1/categories").body()))
                        .readArray(),
                samples.slugs);
        JsonObject head = api.get("api/v1/register/head").json();
        samples.size = head.getJsonNumber("size").longValue();
        return samples;
    }

    private static JsonObject withAttachment(ApiClient api) {
        long category = Documents.category();
        JsonObjectBuilder file = JsonBodies.attachment(
                        "uchwala.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% Uchwała\n%%EOF\n".getBytes(StandardCharsets.UTF_8))
                .add("description", "Uchwała");
        ApiClient.Reply created = api.as("naczelny", "naczelny")
                .post(
                        "api/v1/documents",
                        JsonBodies.newDocument(category, Documents.unique("Kontrakt API"), "<p>Treść.</p>", true)
                                .add("attachments", Json.createArrayBuilder().add(file))
                                .build()
                                .toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static void collectSlugs(JsonArray nodes, List<String> slugs) {
        for (JsonValue node : nodes) {
            slugs.add(node.asJsonObject().getString("slug"));
            collectSlugs(node.asJsonObject().getJsonArray("children"), slugs);
        }
    }

    private String account(String path) {
        return ACCOUNT_FOR.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("which account reads " + path + "? add it to ACCOUNT_FOR"));
    }

    /** One call, validated with its request against the operation at {@code template}. */
    private void call(String template, String url, String account, int expected, String accept) {
        List<String> headers = new ArrayList<>(List.of("Accept", accept == null ? "*/*" : accept));
        if (account != null) {
            headers.addAll(List.of(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8))));
        }
        URI uri = Http.app(base, url.substring(1));
        HttpResponse<byte[]> answer = Http.get(uri, headers.toArray(String[]::new));
        String where =
                "GET " + url + (account == null ? "" : " as " + account) + (accept == null ? "" : " Accept " + accept);
        if (answer.statusCode() != expected) {
            failures.add(where + ": status " + answer.statusCode() + ", expected " + expected + ": " + excerpt(answer));
            return;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.statusCode()).withContentType(type);
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                response.withHeader(name, values);
            }
        });
        if (type.contains("json")) {
            response.withBody(new String(answer.body(), StandardCharsets.UTF_8));
        } else {
            response.withBody(answer.body());
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.GET, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.withHeader(headers.get(i), headers.get(i + 1));
        }
        ValidationReport report = expected == 200
                ? validator.validate(request.build(), response.build())
                : validator.validateResponse(uri.getRawPath(), Request.Method.GET, response.build());
        if (report.hasErrors()) {
            report.getMessages().forEach(m -> failures.add(where + ": " + m.getKey() + " " + m.getMessage()));
        } else if (expected == 200) {
            answered.add(template);
        }
    }

    private static String excerpt(HttpResponse<byte[]> answer) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Concrete URLs for a documented path: every document, revision, attachment and category found. */
    private static final class Samples {
        final List<Long> documents = new ArrayList<>();
        final List<String> revisions = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();
        final List<String> slugs = new ArrayList<>();
        long size;

        List<String> expand(String path) {
            List<String> urls = new ArrayList<>();
            if (path.contains("{position}")) {
                attachments.forEach(a -> urls.add("/api/v1/documents/" + a));
            } else if (path.contains("{n}")) {
                revisions.forEach(r -> urls.add("/api/v1/documents/" + r));
            } else if (path.contains("{id}")) {
                documents.forEach(id -> urls.add(path.replace("{id}", Long.toString(id))));
            } else if (path.contains("{slug}")) {
                slugs.forEach(slug -> urls.add(path.replace("{slug}", slug)));
            } else if (path.contains("{")) {
                throw new AssertionError("no sample values for " + path);
            } else {
                urls.addAll(
                        switch (path) {
                            case "/api/v1/register/proof/inclusion" ->
                                List.of(path + "?seq=1&size=" + size, path + "?seq=" + size + "&size=" + size);
                            case "/api/v1/register/proof/consistency" -> List.of(path + "?from=1&to=" + size);
                            case "/api/v1/register" ->
                                List.of(path, path + "?after=2&limit=3", path + "?page=1&size=5");
                            case "/api/v1/register/head" -> List.of(path, path + "?size=" + size);
                            case "/api/v1/documents" ->
                                List.of(path, path + "?page=1&size=3", path + "?category=" + slugs.get(0));
                            case "/api/v1/audit/events" -> List.of(path, path + "?page=0&size=5&from=2020-01-01");
                            default -> List.of(path);
                        });
            }
            return urls;
        }
    }
}
