package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The integration tests' Payara sets the libraries' log levels as the launcher's does. */
class LibraryLogLevelsTest {

    @Test
    void theTestsPrebootFileHoldsTheLaunchersLogLevels() throws Exception {
        List<String> tests = Files.readAllLines(Path.of(LibraryLogLevelsTest.class
                .getResource("/single-instance.asadmin")
                .toURI()));
        for (String command : LibraryLogLevels.commands()) {
            assertTrue(tests.contains(command), "single-instance.asadmin lacks: " + command);
        }
    }
}
