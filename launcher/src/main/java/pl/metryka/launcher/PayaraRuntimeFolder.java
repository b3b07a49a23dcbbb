package pl.metryka.launcher;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Where Payara Micro unpacks itself: its configuration (domain.xml, key stores), the exploded WAR
 * and what it generates. Without {@code --rootdir} that is a new folder under java.io.tmpdir at
 * every start, and Payara warns on the console that it "is located in a temporary file location
 * which can be cleaned by system processes": rightly so, since systemd-tmpfiles and tmpreaper remove
 * files in /tmp (a service's private /tmp included) that have not been touched for some days, under
 * a server that may run for months. The folder is therefore {@code payara-runtime} in the data
 * folder. Payara keeps a root folder's files between starts (its domain.xml with the previous
 * start's settings, say a single instance's disabled session replication in a later clustered
 * start), so the launcher empties it first: each start begins from Payara's bundled configuration,
 * as it did under /tmp.
 *
 * <p>Only under a plain path (ASCII letters, digits and {@code / . _ - +}): Payara reads its XML
 * schemas from {@code jar:file:} addresses inside the folder, and under "BIP gminy ż/dane źródłowe"
 * (6.2025.10) it could not resolve web-app_6_0.xsd's includes, so the WAR did not deploy ("src-resolve:
 * Cannot resolve the name 'jakartaee:web-commonType'"). Under any other data folder Payara keeps
 * unpacking under java.io.tmpdir, and says so.
 */
final class PayaraRuntimeFolder {

    static final String NAME = "payara-runtime";

    private PayaraRuntimeFolder() {}

    /**
     * Payara Micro's options for its runtime folder in {@code dataDir}, emptied; none when the
     * operator names a root folder of their own ({@code --rootdir} among the options passed on).
     */
    static List<String> options(Path dataDir, List<String> passThrough) throws IOException {
        if (passThrough.stream().anyMatch(o -> o.equalsIgnoreCase("--rootdir"))) {
            return List.of();
        }
        Path folder = dataDir.toAbsolutePath().normalize().resolve(NAME);
        if (!isPlain(folder.toString())
                || !isPlain(Files.createDirectories(dataDir).toRealPath().toString())) {
            return List.of();
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        return List.of("--rootdir", folder.toString());
    }

    static boolean isPlain(String path) {
        return path.chars()
                .allMatch(c -> (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || "/._-+".indexOf(c) >= 0);
    }

    /** Deletes the folder and everything in it; a symbolic link inside is removed, never followed. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
