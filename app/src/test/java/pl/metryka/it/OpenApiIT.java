package pl.metryka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;
import pl.metryka.interfaces.rest.RestApplication;
import pl.metryka.test.OpenApiStructure;

/**
 * The OpenAPI document at /openapi: it parses as YAML and as JSON, is versioned, is sound (the
 * checks of Redocly's recommended rules, {@link OpenApiStructure}), and lists every endpoint of the
 * JAX-RS resources — found by reflection, so a new endpoint without documentation (or a documented
 * one that no longer exists) fails here. {@link ApiContractIT} validates live answers against it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @ArquillianResource
    private URL base;

    @Test
    void theDocumentParsesAsYamlAndAsJsonAndIsStableAndVersioned() {
        HttpResponse<byte[]> yaml = Http.get(Http.server(base, "/openapi"));
        assertEquals(200, yaml.statusCode());
        Map<String, Object> document = new Yaml().load(Http.text(yaml));
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."), "OpenAPI 3");
        Map<?, ?> info = (Map<?, ?>) document.get("info");
        assertEquals(RestApplication.VERSION, info.get("version"));
        assertTrue(String.valueOf(info.get("title")).contains("API"), info.toString());
        assertFalse(document.containsKey("endpoints"), "no non-standard top-level fields");

        HttpResponse<byte[]> json = Http.get(Http.server(base, "/openapi"), "Accept", "application/json");
        assertEquals(200, json.statusCode());
        JsonObject parsed = Json.createReader(new StringReader(Http.text(json))).readObject();
        assertEquals(RestApplication.VERSION, parsed.getJsonObject("info").getString("version"));
        assertEquals(
                ((Map<?, ?>) document.get("paths")).keySet(),
                parsed.getJsonObject("paths").keySet(),
                "YAML and JSON agree");

        List<String> tags = ((List<?>) document.get("tags"))
                .stream().map(t -> (String) ((Map<?, ?>) t).get("name")).toList();
        assertEquals(Set.copyOf(tags).size(), tags.size(), "each tag once: " + tags);
        List<?> servers = (List<?>) document.get("servers");
        assertEquals(1, servers.size(), servers.toString());
        String server = String.valueOf(((Map<?, ?>) servers.get(0)).get("url"));
        assertTrue(server.startsWith("/"), "servers are relative, not the host the server was reached by: " + server);
        assertEquals(
                base.getPath().replaceAll("/$", ""), server.replaceAll("/$", ""), "the server is the context root");
    }

    @Test
    void theServedDocumentHasNoStructuralProblems() {
        String yaml = Http.text(Http.get(Http.server(base, "/openapi")));
        assertEquals(List.of(), OpenApiStructure.problems(yaml));
        assertFalse(yaml.contains("canonicalForm"), "no promise of a field the API never returns");
    }

    @Test
    void everyJaxRsEndpointIsDocumentedWithASummaryAndNothingElseIs() throws Exception {
        Map<String, Object> document = new Yaml().load(Http.text(Http.get(Http.server(base, "/openapi"))));
        Map<?, ?> paths = (Map<?, ?>) document.get("paths");

        Set<String> documented = new TreeSet<>();
        for (Map.Entry<?, ?> path : paths.entrySet()) {
            for (Map.Entry<?, ?> operation : ((Map<?, ?>) path.getValue()).entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue; // shared by the path's operations
                }
                String method = operation.getKey().toString().toUpperCase(Locale.ROOT);
                documented.add(method + " " + path.getKey());
                Map<?, ?> details = (Map<?, ?>) operation.getValue();
                assertNotNull(details.get("summary"), method + " " + path.getKey() + " has a summary");
                assertFalse(
                        details.get("summary").toString().isBlank(), method + " " + path.getKey() + " has a summary");
                assertNotNull(details.get("responses"), method + " " + path.getKey() + " documents its responses");
            }
        }
        Set<String> implemented = implementedEndpoints();
        assertTrue(implemented.size() >= 20, "the scan found the resources: " + implemented);
        assertTrue(implemented.contains("GET /api/v1/documents"), implemented.toString());
        assertEquals(implemented, documented);
    }

    /** "METHOD /api/v1/path/{param}" for every resource method of the API, by reflection. */
    static Set<String> implementedEndpoints() throws Exception {
        String root = "/"
                + RestApplication.class
                        .getAnnotation(ApplicationPath.class)
                        .value()
                        .replaceAll("^/|/$", "");
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : classesOf(RestApplication.class)) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                endpoints.add(http + " " + join(root, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        // {name: regex} templates are documented as {name}
        return path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** The classes compiled into the package of {@code anchor} (the main classes, not the tests of that package). */
    private static List<Class<?>> classesOf(Class<?> anchor) throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        String packageName = anchor.getPackageName();
        URL root = anchor.getProtectionDomain().getCodeSource().getLocation();
        File folder = new File(new File(root.toURI()), packageName.replace('.', '/'));
        assertTrue(folder.isDirectory(), folder + " holds the compiled resources");
        File[] files = folder.listFiles((dir, name) -> name.endsWith(".class"));
        for (File file : files == null ? new File[0] : files) {
            classes.add(Class.forName(
                    packageName + "." + file.getName().replace(".class", ""),
                    false,
                    Thread.currentThread().getContextClassLoader()));
        }
        return classes;
    }
}
