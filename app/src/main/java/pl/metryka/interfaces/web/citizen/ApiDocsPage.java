package pl.metryka.interfaces.web.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API documentation page, rendered on the server from the OpenAPI document Payara Micro
 * serves at /openapi (the contract META-INF/openapi.yaml) — one source for both, so the page
 * cannot drift from the contract. No script: the CSP allows none inline and none from elsewhere.
 */
@Named("apiDocs")
@RequestScoped
public class ApiDocsPage {

    private static final Logger LOG = Logger.getLogger(ApiDocsPage.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete", "options");

    public record Parameter(String name, String in, boolean required, String type, String description) {}

    public record Reply(String code, String description) {}

    public record Operation(
            String id,
            String method,
            String path,
            String summary,
            String description,
            List<Parameter> parameters,
            List<Reply> responses,
            boolean needsLogin) {}

    public record Group(String id, String name, String description, List<Operation> operations) {}

    @Inject
    private HttpServletRequest request;

    private JsonObject document;

    @PostConstruct
    void load() {
        document = fetch();
    }

    /** The OpenAPI document at the server's root, asked for in JSON over the loopback. */
    private JsonObject fetch() {
        URI uri = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi");
        try {
            HttpResponse<String> reply = HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(20))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                LOG.warning(() -> "OpenAPI document not available: HTTP " + reply.statusCode());
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
                return reader.readObject();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenAPI document not available", e);
            return null;
        }
    }

    public boolean isAvailable() {
        return document != null;
    }

    public String getTitle() {
        return info("title");
    }

    public String getVersion() {
        return info("version");
    }

    public String getDescription() {
        return info("description");
    }

    private String info(String field) {
        return document == null ? "" : text(document.getJsonObject("info"), field);
    }

    /** Operations by tag, in the order of the document's tags; untagged ones last. */
    public List<Group> getGroups() {
        if (document == null) {
            return List.of();
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        int n = 0;
        for (JsonValue tag :
                document.getJsonArray("tags") == null ? List.<JsonValue>of() : document.getJsonArray("tags")) {
            JsonObject t = tag.asJsonObject();
            groups.put(
                    t.getString("name"),
                    new Group("grupa-" + (++n), t.getString("name"), text(t, "description"), new ArrayList<>()));
        }
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths == null
                ? List.<String>of()
                : paths.keySet().stream().sorted().toList()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : METHODS) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                String tag = op.containsKey("tags") && !op.getJsonArray("tags").isEmpty()
                        ? op.getJsonArray("tags").getString(0)
                        : "Inne";
                Group group = groups.computeIfAbsent(tag, t -> new Group("grupa-inne", t, "", new ArrayList<>()));
                group.operations().add(operation(method, path, op, item, document.getJsonObject("components")));
            }
        }
        return groups.values().stream().filter(g -> !g.operations().isEmpty()).toList();
    }

    private static Operation operation(
            String method, String path, JsonObject op, JsonObject item, JsonObject components) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonObject ref : parameters(item, op)) {
            JsonObject p = resolve(ref, components);
            JsonObject schema = p.getJsonObject("schema");
            parameters.add(new Parameter(
                    p.getString("name", ""),
                    p.getString("in", ""),
                    p.getBoolean("required", false),
                    schema == null
                            ? ""
                            : text(schema, "type")
                                    + (schema.containsKey("format") ? " (" + text(schema, "format") + ")" : ""),
                    text(p, "description")));
        }
        List<Reply> replies = new ArrayList<>();
        JsonObject responses = op.getJsonObject("responses");
        for (String code : responses == null
                ? List.<String>of()
                : responses.keySet().stream().sorted().toList()) {
            replies.add(new Reply(code, text(resolve(responses.getJsonObject(code), components), "description")));
        }
        String id = (method + path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return new Operation(
                id,
                method.toUpperCase(Locale.ROOT),
                path,
                text(op, "summary"),
                text(op, "description"),
                parameters,
                replies,
                needsLogin(op));
    }

    /** A login is needed when every security requirement names a scheme ({} or [] means anonymous is fine). */
    private static boolean needsLogin(JsonObject op) {
        if (!op.containsKey("security") || op.getJsonArray("security").isEmpty()) {
            return false;
        }
        return op.getJsonArray("security").stream()
                .noneMatch(r -> r.asJsonObject().isEmpty());
    }

    /** A shared component ({"$ref":"#/components/parameters/DocumentId"}) in place of the reference. */
    private static JsonObject resolve(JsonObject node, JsonObject components) {
        String ref = node == null ? null : node.getString("$ref", null);
        if (ref == null || components == null || !ref.startsWith("#/components/")) {
            return node;
        }
        String[] parts = ref.substring("#/components/".length()).split("/", 2);
        JsonObject kind = components.getJsonObject(parts[0]);
        return kind == null || parts.length < 2 || kind.getJsonObject(parts[1]) == null
                ? node
                : kind.getJsonObject(parts[1]);
    }

    private static List<JsonObject> parameters(JsonObject item, JsonObject op) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonObject source : List.of(item, op)) {
            if (source.containsKey("parameters")) {
                source.getJsonArray("parameters").forEach(v -> all.add(v.asJsonObject()));
            }
        }
        return all;
    }

    private static String text(JsonObject object, String field) {
        return object == null || !object.containsKey(field) || object.isNull(field) ? "" : object.getString(field, "");
    }
}
