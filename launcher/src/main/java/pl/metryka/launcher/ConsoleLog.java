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
 *
 * <p>The log file's path must be ASCII in that file. Payara Micro (6.2025.10,
 * {@code PayaraMicroImpl.replaceEnvProperties}) re-writes the properties through
 * {@code Properties.store(Writer)} and {@code String.getBytes()} (UTF-8) before
 * {@code LogManager.readConfiguration} reads them back as ISO 8859-1: every non-ASCII character,
 * escaped or not, comes out garbled ("BIP gminy ż" as "BIP gminy Å¼"), the FileHandler's folder does
 * not exist and Payara boots without its log. A data folder under such a path is therefore named
 * relative to the folder Payara runs in (see {@link #target}).
 */
final class ConsoleLog {

    static final String BUNDLED = "MICRO-INF/domain/logging.properties";

    private ConsoleLog() {}

    /**
     * Where Payara writes its log, as a FileHandler pattern, and the folder it must run in for that
     * (a relative pattern is resolved against it).
     */
    record Target(String pattern, Path workingDirectory) {}

    /**
     * The log folder as an ASCII FileHandler pattern: its absolute path if that is ASCII; else its
     * path relative to the working directory (ASCII whenever only the folders above both are not:
     * "../../tmp/data/logs"); else, Payara runs in the data folder and the pattern is "logs".
     */
    static Target target(Path dataDir, Path workingDirectory) {
        Path logs = dataDir.toAbsolutePath().resolve("logs");
        String absolute = julPath(logs);
        if (isAscii(absolute)) {
            return new Target(absolute + "/payara.log", workingDirectory);
        }
        Path cwd = workingDirectory.toAbsolutePath();
        String relative = julPath(cwd.relativize(logs));
        if (isAscii(relative)) {
            return new Target(relative + "/payara.log", cwd);
        }
        return new Target("logs/payara.log", dataDir.toAbsolutePath());
    }

    /** A path in JUL's pattern syntax: '/' separators, a literal '%' doubled. */
    private static String julPath(Path path) {
        return path.toString().replace('\\', '/').replace("%", "%%");
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    /** The logging.properties Payara Micro is given: its bundled levels, our handlers. */
    static List<String> properties(List<String> bundled, String filePattern) {
        List<String> lines = new ArrayList<>();
        for (String line : bundled) {
            String key = line.strip();
            if (!key.startsWith("handlers") && !key.startsWith("java.util.logging.ConsoleHandler.")) {
                lines.add(line);
            }
        }
        lines.add("");
        lines.add("## Metryka launcher: warnings on the console, everything in the data folder's logs/payara.log");
        lines.add("handlers=java.util.logging.ConsoleHandler,java.util.logging.FileHandler");
        lines.add("java.util.logging.ConsoleHandler.level=WARNING");
        lines.add("java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter");
        lines.add("java.util.logging.FileHandler.level=INFO");
        lines.add("java.util.logging.FileHandler.pattern=" + filePattern);
        lines.add("java.util.logging.FileHandler.limit=10000000");
        lines.add("java.util.logging.FileHandler.count=1");
        lines.add("java.util.logging.FileHandler.append=true");
        lines.add("java.util.logging.FileHandler.encoding=UTF-8");
        lines.add("java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter");
        lines.add("java.util.logging.SimpleFormatter.format=%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        return lines;
    }

    /** Writes the file for Payara Micro's {@code --logproperties}, logging to {@code target}; returns its path. */
    static Path write(Path payaraJar, Path dataDir, Target target) throws IOException {
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
        Files.write(file, properties(bundled, target.pattern()), StandardCharsets.ISO_8859_1);
        return file;
    }
}
