package pl.metryka.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages, resources and feeds stay small (issue 17: a 639-line editor bean was split into a
 * package): no source file in {@code interfaces} may pass 300 lines, counted as formatted.
 */
class ClassSizeTest {

    private static final Path INTERFACES = Path.of("app/src/main/java/pl/metryka/interfaces");
    private static final int MAX_LINES = 300;

    @Test
    void noInterfacesClassIsOver300Lines() throws IOException {
        assertTrue(Files.isDirectory(INTERFACES), INTERFACES.toAbsolutePath() + " (tests run from the top folder)");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(INTERFACES)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> f + ": " + lines(f))
                    .filter(line -> Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)) > MAX_LINES)
                    .toList();
        }
        assertEquals(List.of(), tooLong, "split these into smaller classes");
    }

    private static int lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
