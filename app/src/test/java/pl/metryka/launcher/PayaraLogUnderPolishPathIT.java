package pl.metryka.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded demo's full log when the checkout lies under a Polish folder name (CI runs the README's
 * command from "~/Projekty/BIP gminy ż/metryka"): the real Payara Micro, started as the launcher starts
 * it, writes its INFO log into the data folder. Before, the launcher could not even write the file
 * (ISO 8859-1 has no 'ż'), and escaping the letter did not help: Payara read the path back as
 * "BIP gminy Å¼" and booted without its log.
 */
class PayaraLogUnderPolishPathIT {

    @TempDir
    Path folder;

    @Test
    void payaraWritesItsLogIntoADataFolderUnderAPolishName() throws Exception {
        Path checkout = Files.createDirectories(folder.resolve("Projekty/BIP gminy ż/metryka"));
        Path data = Files.createDirectories(checkout.resolve("data"));
        assertLogWritten(data, checkout);
    }

    @Test
    void payaraWritesItsLogIntoADataFolderWithAPolishNameOfItsOwn() throws Exception {
        Path checkout = Files.createDirectories(folder.resolve("BIP gminy ż"));
        Path data = Files.createDirectories(checkout.resolve("dane źródłowe"));
        assertLogWritten(data, checkout);
    }

    private void assertLogWritten(Path data, Path launcherFolder) throws Exception {
        ConsoleLog.Target target = ConsoleLog.target(data, launcherFolder);
        Path properties = ConsoleLog.write(QuietStartTest.payaraMicroJar(), data, target);
        Path console = folder.resolve("console-" + System.nanoTime() + ".txt");
        Process payara = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx256m",
                        "-Djava.io.tmpdir=" + Files.createDirectories(folder.resolve("tmp")),
                        "-jar",
                        QuietStartTest.payaraMicroJar().toString(),
                        "--nohazelcast",
                        "--port",
                        Integer.toString(freePort()),
                        "--logproperties",
                        properties.toString()))
                .directory(target.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        Path log = data.resolve("logs").resolve("payara.log");
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!contains(log, "ready in")
                    && !contains(console, "Can't load log handler")
                    && payara.isAlive()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            String printed = Files.readString(console, StandardCharsets.UTF_8);
            assertFalse(printed.contains("Can't load log handler"), printed);
            assertTrue(contains(log, "ready in"), "Payara Micro's INFO log in " + log + "; console: " + printed);
            assertFalse(printed.contains("ready in"), "the console shows warnings only: " + printed);
        } finally {
            payara.destroy();
            if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        }
    }

    private static boolean contains(Path file, String text) throws IOException {
        return Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.UTF_8).contains(text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
