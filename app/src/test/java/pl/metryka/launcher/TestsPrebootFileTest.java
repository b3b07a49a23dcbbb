package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The integration tests' Payara is configured as the launcher's: it compresses as the launcher's
 * does (so LightPagesIT proves the real setting), runs with its thread pool and sets the libraries'
 * log levels. The tests cannot use the launcher's file itself, which it writes into its data folder.
 */
class TestsPrebootFileTest {

    @Test
    void theTestsPrebootFileHoldsTheLaunchersCommands() throws Exception {
        List<String> tests = Files.readAllLines(Path.of(TestsPrebootFileTest.class
                .getResource("/single-instance.asadmin")
                .toURI()));
        List<String> launchers = new ArrayList<>();
        launchers.addAll(ResponseCompression.commands());
        launchers.addAll(RequestThreads.commands(RequestThreads.DEFAULT));
        launchers.addAll(LibraryLogLevels.commands());
        for (String command : launchers) {
            assertTrue(tests.contains(command), "single-instance.asadmin lacks: " + command);
        }
    }
}
