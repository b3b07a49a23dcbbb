package pl.metryka.test;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The checks of Redocly's "recommended" rules that once failed on /openapi, done in Java so that
 * the build catches them without npm: the document parses without messages (swagger-parser),
 * operationIds are unique, every component is used, every path template's parameter is declared
 * {@code in: path, required: true}, every operation has a summary, a security requirement, a
 * success answer with a body, and every error answer is an {@code application/problem+json} Problem.
 */
public final class OpenApiStructure {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern REF = Pattern.compile("#/components/(\\w+)/([^/\"']+)");

    private OpenApiStructure() {}

    /** Every problem found in the document {@code text} (YAML or JSON), one line each; empty when it is sound. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> problems.add("parser: " + m));
        }
        Map<String, Object> document = new Yaml().load(text);
        Map<String, Object> components = map(document.get("components"));
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, Object> path : map(document.get("paths")).entrySet()) {
            Map<String, Object> item = map(path.getValue());
            for (Map.Entry<String, Object> op : item.entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                Map<String, Object> operation = map(op.getValue());
                Object id = operation.get("operationId");
                if (id == null || !operationIds.add(id.toString())) {
                    problems.add(where + ": operationId missing or not unique: " + id);
                }
                if (operation.get("summary") == null
                        || operation.get("summary").toString().isBlank()) {
                    problems.add(where + ": no summary");
                }
                if (!operation.containsKey("security") && !document.containsKey("security")) {
                    problems.add(where + ": no security requirement (use [] for public operations)");
                }
                problems.addAll(pathParameters(where, path.getKey(), item, operation, components));
                problems.addAll(responses(where, map(operation.get("responses")), components));
            }
        }
        problems.addAll(unusedComponents(text, components));
        return problems;
    }

    private static List<String> pathParameters(
            String where,
            String path,
            Map<String, Object> item,
            Map<String, Object> operation,
            Map<String, Object> components) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> declared = new LinkedHashMap<>();
        List<Object> all = new ArrayList<>(list(item.get("parameters")));
        all.addAll(list(operation.get("parameters")));
        for (Object p : all) {
            Map<String, Object> parameter = resolve(map(p), components);
            if ("path".equals(parameter.get("in"))) {
                declared.put(String.valueOf(parameter.get("name")), parameter);
            }
        }
        Set<String> templated = new TreeSet<>();
        Matcher m = TEMPLATE.matcher(path);
        while (m.find()) {
            templated.add(m.group(1));
        }
        if (!templated.equals(declared.keySet())) {
            problems.add(where + ": path parameters " + declared.keySet() + " do not match the template " + templated);
        }
        declared.forEach((name, p) -> {
            if (!Boolean.TRUE.equals(p.get("required"))) {
                problems.add(where + ": path parameter " + name + " must be required: true");
            }
        });
        for (Object p : all) {
            Map<String, Object> parameter = resolve(map(p), components);
            Map<String, Object> schema = map(parameter.get("schema"));
            Object defaultValue = schema.get("default");
            if (defaultValue != null
                    && ("integer".equals(schema.get("type")) || "number".equals(schema.get("type")))
                    && !(defaultValue instanceof Number)) {
                problems.add(where + ": parameter " + parameter.get("name") + " has a " + schema.get("type")
                        + " schema with a non-numeric default " + defaultValue);
            }
        }
        return problems;
    }

    private static List<String> responses(String where, Map<String, Object> responses, Map<String, Object> components) {
        List<String> problems = new ArrayList<>();
        boolean success = false;
        for (Map.Entry<String, Object> r : responses.entrySet()) {
            Map<String, Object> response = resolve(map(r.getValue()), components);
            Map<String, Object> content = map(response.get("content"));
            if (r.getKey().startsWith("2")) {
                success = true;
                if (content.isEmpty()) {
                    problems.add(where + ": " + r.getKey() + " describes no body");
                }
                content.forEach((type, media) -> {
                    if (map(media).get("schema") == null) {
                        problems.add(where + ": " + r.getKey() + " " + type + " has no schema");
                    }
                });
            } else if (r.getKey().startsWith("4")
                    || r.getKey().startsWith("5")
                    || r.getKey().equals("default")) {
                Object schema = map(content.get("application/problem+json")).get("schema");
                if (content.size() != 1
                        || schema == null
                        || !"#/components/schemas/Problem".equals(map(schema).get("$ref"))) {
                    problems.add(where + ": " + r.getKey() + " is not an application/problem+json Problem: "
                            + content.keySet());
                }
            }
        }
        if (!success) {
            problems.add(where + ": no success answer");
        }
        return problems;
    }

    private static List<String> unusedComponents(String text, Map<String, Object> components) {
        Set<String> referenced = new HashSet<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            referenced.add(m.group(1) + "/" + m.group(2));
        }
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("schemas", "responses", "parameters", "headers", "requestBodies", "examples")) {
            for (String name : map(components.get(kind)).keySet()) {
                if (!referenced.contains(kind + "/" + name)) {
                    problems.add("components/" + kind + "/" + name + " is never used");
                }
            }
        }
        return problems;
    }

    private static Map<String, Object> resolve(Map<String, Object> node, Map<String, Object> components) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Matcher m = REF.matcher(ref.toString());
        if (!m.matches()) {
            return Map.of();
        }
        return map(map(components.get(m.group(1))).get(m.group(2)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
