package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The integration tests' Payara compresses as the launcher's does, so LightPagesIT proves the real setting. */
class ResponseCompressionTest {

    @Test
    void theTestsPrebootFileHoldsTheLaunchersCompressionCommands() throws Exception {
        List<String> tests = Files.readAllLines(Path.of(ResponseCompressionTest.class
                .getResource("/single-instance.asadmin")
                .toURI()));
        for (String command : ResponseCompression.commands()) {
            assertTrue(tests.contains(command), "single-instance.asadmin lacks: " + command);
        }
    }

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
