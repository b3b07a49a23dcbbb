package pl.metryka.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheApisAnswers() {
        Object parsed =
                Json.parse("{\"errors\":[{\"field\":\"revisions[0].title\",\"message\":\"Tytu\\u0142 jest wymagany.\"},"
                        + "{\"field\":null,\"message\":\"x\"}],\"n\":12,\"r\":1.5,\"ok\":true}");
        Map<?, ?> map = (Map<?, ?>) parsed;
        List<?> errors = (List<?>) map.get("errors");
        assertEquals("Tytuł jest wymagany.", ((Map<?, ?>) errors.get(0)).get("message"));
        assertEquals(null, ((Map<?, ?>) errors.get(1)).get("field"));
        assertEquals(12L, map.get("n"));
        assertEquals(true, map.get("ok"));
    }

    @Test
    void quotedTextParsesBackToItself() {
        String text = "Zarządzenie \"nr 5\"\\2024\n\ttreść\u0001";
        assertEquals(text, Json.parse(Json.quote(text)));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("<html>502 Bad Gateway</html>"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1} x"));
    }
}
