package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which answers Payara compresses (the tests' Payara does as the launcher's: {@link TestsPrebootFileTest}). */
class ResponseCompressionTest {

    @Test
    void pagesFeedsJsonAndCssAreCompressedButNotPdfsOrImages() {
        List<String> types = List.of(ResponseCompression.MIME_TYPES.split(","));
        assertTrue(
                types.containsAll(List.of(
                        "text/html",
                        "text/css",
                        "application/json",
                        "application/atom+xml",
                        "application/problem+json",
                        "text/csv",
                        "image/svg+xml")),
                types.toString());
        assertTrue(
                types.stream().noneMatch(t -> t.equals("application/pdf") || t.startsWith("image/png")),
                types.toString());
    }
}
