package pl.metryka.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OpenApiMediaTypesTest {

    @Test
    void yamlAndTheOpenApiTypesAreLabelledAsAsked() {
        assertEquals("application/yaml", OpenApiMediaTypes.label("application/yaml"));
        assertEquals("application/vnd.oai.openapi", OpenApiMediaTypes.label("application/vnd.oai.openapi"));
        assertEquals("application/vnd.oai.openapi+json", OpenApiMediaTypes.label("application/vnd.oai.openapi+json"));
        assertEquals("application/yaml", OpenApiMediaTypes.label("application/json;q=0.5, application/yaml"));
    }

    @Test
    void whatPayaraServesItselfIsLeftAlone() {
        assertNull(OpenApiMediaTypes.label(null));
        assertNull(OpenApiMediaTypes.label("*/*"));
        assertNull(OpenApiMediaTypes.label("application/json"));
        assertNull(OpenApiMediaTypes.label("text/plain"));
        assertNull(OpenApiMediaTypes.label("application/json, application/yaml;q=0.5"));
    }
}
