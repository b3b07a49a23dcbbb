package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import pl.metryka.test.OpenApiStructure;

/** The hand-written contract (META-INF/openapi.yaml) is sound before any server serves it; OpenApiIT checks it live. */
class OpenApiContractTest {

    @Test
    void theContractHasNoStructuralProblems() throws Exception {
        String text = contract();
        assertEquals(List.of(), OpenApiStructure.problems(text));
    }

    @Test
    void itsVersionIsTheApplicationsAndItPromisesNoCanonicalForm() throws Exception {
        String text = contract();
        Map<String, Object> document = new Yaml().load(text);
        assertEquals(RestApplication.VERSION, ((Map<?, ?>) document.get("info")).get("version"));
        assertTrue(!text.contains("canonicalForm"), "no field the API never returns");
    }

    private static String contract() throws Exception {
        try (InputStream in = RestApplication.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertTrue(in != null, "META-INF/openapi.yaml is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
