package pl.metryka.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code target/metryka-verifier.jar} the way an auditor would: {@code java -jar}. */
final class OfflineVerifier {

    /** Exit code and the plain report. */
    record Result(int exit, String report) {

        @Override
        public String toString() {
            return "exit " + exit + "\n" + report;
        }
    }

    private OfflineVerifier() {}

    static Result run(String... args) {
        Path jar = Path.of(System.getProperty("metryka.test.verifier.jar", "target/metryka-verifier.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn package first");
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the verifier did not finish");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves text (a head's JSON) to a file the verifier can read. */
    static Path save(String name, String text) {
        try {
            Path dir = Path.of(System.getProperty("metryka.test.work.dir", "target/test-work"), "verifier");
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path save(String name, byte[] content) {
        try {
            Path dir = Path.of(System.getProperty("metryka.test.work.dir", "target/test-work"), "verifier");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
