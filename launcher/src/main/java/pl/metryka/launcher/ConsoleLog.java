package pl.metryka.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Payara Micro's logging for the embedded demo (the README's run command): the console shows
 * warnings and errors only, and the full log, INFO included, goes to {@code logs/payara.log} in
 * the data folder. Payara logs some 250 INFO lines while it boots (pre-boot commands, listeners,
 * EclipseLink, Flyway...); a newcomer needs the address and the accounts, which the launcher prints
 * when the application is ready. The levels are Payara's own ({@code MICRO-INF/domain/logging.properties}),
 * only the handlers change. With a database of its own (production) Payara logs as it always does,
 * unless the operator passes {@code --logproperties} anyway.
 */
final class ConsoleLog {

    static final String BUNDLED = "MICRO-INF/domain/logging.properties";

    private ConsoleLog() {}

    /** The logging.properties Payara Micro is given: its bundled levels, our handlers. */
    static List<String> properties(List<String> bundled, Path logFolder) {
        List<String> lines = new ArrayList<>();
        for (String line : bundled) {
            String key = line.strip();
            if (!key.startsWith("handlers") && !key.startsWith("java.util.logging.ConsoleHandler.")) {
                lines.add(line);
            }
        }
        lines.add("");
        lines.add("## Metryka launcher: warnings on the console, everything in " + logFolder.resolve("payara.log"));
        lines.add("handlers=java.util.logging.ConsoleHandler,java.util.logging.FileHandler");
        lines.add("java.util.logging.ConsoleHandler.level=WARNING");
        lines.add("java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter");
        lines.add("java.util.logging.FileHandler.level=INFO");
        // the path in JUL's pattern syntax: '/' separators, a literal '%' doubled
        lines.add("java.util.logging.FileHandler.pattern="
                + logFolder.toAbsolutePath().toString().replace('\\', '/').replace("%", "%%") + "/payara.log");
        lines.add("java.util.logging.FileHandler.limit=10000000");
        lines.add("java.util.logging.FileHandler.count=1");
        lines.add("java.util.logging.FileHandler.append=true");
        lines.add("java.util.logging.FileHandler.encoding=UTF-8");
        lines.add("java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter");
        lines.add("java.util.logging.SimpleFormatter.format=%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        return lines;
    }

    /** Writes the file for Payara Micro's {@code --logproperties}; returns its path. */
    static Path write(Path payaraJar, Path dataDir) throws IOException {
        Path logs = dataDir.resolve("logs");
        Files.createDirectories(logs);
        List<String> bundled;
        try (JarFile jar = new JarFile(payaraJar.toFile())) {
            ZipEntry entry = jar.getEntry(BUNDLED);
            try (InputStream in = entry == null ? InputStream.nullInputStream() : jar.getInputStream(entry)) {
                bundled = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .lines()
                        .toList();
            }
        }
        Path file = dataDir.resolve("payara-logging.properties");
        Files.write(file, properties(bundled, logs), StandardCharsets.ISO_8859_1);
        return file;
    }
}
